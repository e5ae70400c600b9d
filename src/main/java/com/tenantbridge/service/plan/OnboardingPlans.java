package com.tenantbridge.service.plan;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.licensing.Sku;
import com.tenantbridge.domain.plan.BarrierPlan;
import com.tenantbridge.domain.plan.BarrierPolicy;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.PolicyKind;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.plan.SegmentAttribute;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import com.tenantbridge.domain.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A large vendor onboarding for ABC, generated: N service accounts spread over a number of vendor companies,
 * each company in its own pair of information-barrier segments as in Microsoft's example, with one of the demo
 * tenant's support engineers in its engineers' segment. Used by the onboarding
 * benchmark and the bulk tests.
 */
public final class OnboardingPlans {

    private OnboardingPlans() {
    }

    /** The demo tenant's support engineers, Engineer1@abc.com to Engineer10@abc.com: one per company. */
    public static final int MAX_COMPANIES = 10;

    public static DeploymentPlan generate(int accounts, int companies) {
        if (accounts < 1 || companies < 1 || companies > MAX_COMPANIES) {
            throw new IllegalArgumentException("at least one account and 1 to " + MAX_COMPANIES + " companies");
        }
        List<VendorAccount> list = new ArrayList<>(accounts);
        for (int i = 1; i <= accounts; i++) {
            int c = (i - 1) % companies + 1;
            list.add(new VendorAccount("Vendor" + c + " person " + i + " (service account)",
                    "V" + c + "_P" + i + "_SA@abc.com", "person" + i + "@vendor" + c + ".com", "Vendor" + c, "US",
                    "V" + c + "_RemoteAssistUser", i % 2 == 0 ? Device.HOLOLENS : Device.MOBILE));
        }
        List<Segment> segments = new ArrayList<>();
        List<BarrierPolicy> policies = new ArrayList<>();
        for (int c = 1; c <= companies; c++) {
            String users = "V" + c + "_RemoteAssistUser";
            String engineers = "V" + c + "_SupportEngineer";
            segments.add(new Segment(users, users, List.of()));
            // A company's accounts must reach a support engineer: its segment gets one.
            segments.add(new Segment(engineers, engineers, List.of("Engineer" + c + "@abc.com")));
            policies.add(new BarrierPolicy(users + "-allow", users, PolicyKind.ALLOW, List.of(users, engineers)));
            policies.add(new BarrierPolicy(engineers + "-allow", engineers, PolicyKind.ALLOW, List.of(engineers,
                    users)));
        }
        return DeploymentPlan.empty().withPlanId(DeploymentPlan.newId())
                .withName("ABC onboards " + accounts + " vendor accounts")
                .withScenario(Scenario.VENDOR_ACCOUNTS).withHostTenant(TenantRef.of("ABC", "abc.com"))
                .withVendors(new VendorPlan(Sku.of(LicenceSku.NEW_ACCOUNTS), list, new BarrierPlan(
                        SegmentAttribute.MEMBER_OF, Sku.of(LicenceSku.SPE_E5), segments, policies)));
    }
}
