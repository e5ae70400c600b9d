package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.plan.GuestAccessPlan;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.PartnerTenant;
import java.util.List;

/**
 * The part of a plan another tenant's admin runs: the partner's side of a federation is a federation plan
 * seen from the partner; a technician tenant's part of guest access is the plan with only that target.
 */
public final class PartnerPlans {

    private PartnerPlans() {
    }

    public static DeploymentPlan forTenant(DeploymentPlan plan, String domain) {
        if (plan.hostTenant().domain().equalsIgnoreCase(domain)) {
            return plan;
        }
        return switch (plan.scenario()) {
            case FEDERATION -> federation(plan, domain);
            case GUEST_ACCESS -> guestAccess(plan, domain);
            default -> plan;
        };
    }

    private static DeploymentPlan federation(DeploymentPlan plan, String domain) {
        FederationPlan f = plan.federation();
        PartnerTenant partner = f.partners().stream().filter(p -> p.tenant().domain().equalsIgnoreCase(domain))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(domain + " is not a partner of the plan"));
        FederationPlan theirs = new FederationPlan(partner.mode(), List.of(),
                List.of(new PartnerTenant(plan.hostTenant(), f.mode(), null)));
        return new DeploymentPlan(plan.schemaVersion(), plan.planId(), plan.displayName() + " \u2014 "
                + partner.tenant().label()
                + " side", plan.scenario(), partner.tenant(), plan.answers(), theirs, null, null, null,
                plan.acceptedDeviations(), plan.confirmedNarrowing(), plan.technicianApp());
    }

    private static DeploymentPlan guestAccess(DeploymentPlan plan, String domain) {
        GuestAccessPlan g = plan.guestAccess();
        GuestTarget target = g.targets().stream().filter(t -> t.tenant().domain().equalsIgnoreCase(domain)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(domain + " is not a target of the plan"));
        GuestAccessPlan theirs = new GuestAccessPlan(g.inviteRedirectUrl(), g.sendInvitationMessage(),
                g.invitationMessage(), List.of(target));
        return new DeploymentPlan(plan.schemaVersion(), plan.planId(), plan.displayName() + " \u2014 "
                + target.tenant().label()
                + " part", plan.scenario(), plan.hostTenant(), plan.answers(), null, theirs, null, null,
                plan.acceptedDeviations(), plan.confirmedNarrowing(), plan.technicianApp());
    }
}
