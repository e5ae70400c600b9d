package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.LicenceSku;
import java.util.List;

/** Scenario C: service accounts in the host tenant, their Remote Assist licence and optional barriers. */
public record VendorPlan(LicenceSku licence, List<VendorAccount> accounts, BarrierPlan informationBarriers) {

    public VendorPlan {
        accounts = Lists.copy(accounts);
    }
}
