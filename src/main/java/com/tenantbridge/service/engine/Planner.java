package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanValidator;
import com.tenantbridge.domain.plan.Problem;

/**
 * Diffs what the plan wants against what each tenant holds and returns the ordered changes: nothing that
 * already holds is listed. Reads only. Call off the FX thread.
 */
public final class Planner {

    private final LicensingChoice licensing;

    public Planner() {
        this(LicensingChoice.AUTO);
    }

    public Planner(LicensingChoice licensing) {
        this.licensing = licensing;
    }

    public PlanResult plan(DeploymentPlan plan, TenantConnections connections) {
        if (PlanValidator.validate(plan).stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("the plan has errors; validate it first");
        }
        PlanContext ctx = new PlanContext(connections);
        switch (plan.scenario()) {
            case FEDERATION -> new FederationPlanner().plan(plan, ctx);
            case GUEST_ACCESS -> new GuestPlanner().plan(plan, ctx);
            case VENDOR_ACCOUNTS -> new VendorPlanner(licensing).plan(plan, ctx);
            case ANONYMOUS_JOIN -> new AnonymousJoinPlanner().plan(plan, ctx);
        }
        return ctx.result();
    }
}
