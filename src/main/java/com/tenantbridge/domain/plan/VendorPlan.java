package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.Sku;
import java.util.List;

/** Scenario C: service accounts in the host tenant, their licence (one that carries Teams) and optional barriers. */
public record VendorPlan(Sku licence, List<VendorAccount> accounts, BarrierPlan informationBarriers) {

    public VendorPlan {
        accounts = Lists.copy(accounts);
    }
}
