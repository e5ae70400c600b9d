package com.tenantbridge.domain.intent;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import java.util.ArrayList;
import java.util.List;

/**
 * What each scenario is for, derived from the plan with no extra typing, and proven by the reach engine on a
 * world: the plan's own (Details, validate), the tenant as it would be after the plan (Checks), the tenant as it
 * is (Verify). Vendor accounts reach a support engineer of their own company and no account of another; each
 * guest expert reaches the technicians of the team; each partner pair the plan federates reaches the other both
 * ways and the pairs it keeps apart stay apart; the invited anonymous expert gets into the organizer's meeting
 * without anyone admitting them. On Teams, each technician and expert who call each other can annotate
 * (AnnotationIntent).
 */
public final class Intent {

    private Intent() {
    }

    /** The claims of {@code plan}'s scenario, decided on {@code world}; empty for an unfinished plan. */
    public static List<Claim> prove(DeploymentPlan plan, World world) {
        if (plan.scenario() == null || plan.hostTenant() == null) {
            return List.of();
        }
        List<Claim> out = new ArrayList<>(switch (plan.scenario()) {
            case VENDOR_ACCOUNTS -> plan.vendors() == null ? List.<Claim>of() : VendorIntent.prove(plan, world);
            case GUEST_ACCESS -> plan.guestAccess() == null ? List.<Claim>of() : GuestIntent.prove(plan, world);
            case FEDERATION -> plan.federation() == null ? List.<Claim>of() : FederationIntent.prove(plan, world);
            case ANONYMOUS_JOIN -> plan.anonymousJoin() == null || plan.anonymousJoin().meeting() == null
                    ? List.<Claim>of() : AnonymousIntent.prove(plan, world);
        });
        out.addAll(AnnotationIntent.prove(plan, world));
        return out;
    }

    /** Only whether each technician and expert who call each other can annotate, decided on {@code world}. */
    public static List<Claim> annotations(DeploymentPlan plan, World world) {
        return plan.scenario() == null || plan.hostTenant() == null ? List.of() : AnnotationIntent.prove(plan, world);
    }

    /** A plan as read, with what it would not give people added once its fields are all well-formed. */
    public static com.tenantbridge.domain.plan.PlanLoadResult proven(com.tenantbridge.domain.plan.PlanLoadResult r) {
        if (!r.isValid()) {
            return r;
        }
        List<Problem> all = new ArrayList<>(r.planProblems());
        all.addAll(intentProblems(r.plan()));
        return new com.tenantbridge.domain.plan.PlanLoadResult(r.plan(), r.readProblems(), all);
    }

    /** Only what the plan would not give people, for a plan already validated. */
    public static List<Problem> intentProblems(DeploymentPlan plan) {
        // One break can fail two parties' claims (a pair of companies): the plan has one problem for it.
        return prove(plan, Worlds.desired(plan)).stream().filter(Claim::broken)
                .map(c -> Problem.intent(c.path(), c.evidence())).distinct().toList();
    }
}
