package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.NarrowingConfirmation;
import com.tenantbridge.service.change.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * A change that cuts someone off runs only when the plan records that the admin confirmed it in the words it has
 * now: the wizard asks at Run, {@code apply --confirm-narrowing} records it, and the Applier refuses a run that
 * holds one unconfirmed, before anything is written.
 */
public final class NarrowingConfirmations {

    private NarrowingConfirmations() {
    }

    /** The planned changes that narrow and that the plan does not confirm in their present words. */
    public static List<Change> unconfirmed(DeploymentPlan plan, PlanResult planned) {
        return planned.changes().stream().filter(c -> c.narrows() != null
                && !plan.confirmsNarrowing(c.id(), c.narrows())).toList();
    }

    /** The plan with {@code changes} confirmed as they read now; an earlier confirmation of the same change goes. */
    public static DeploymentPlan confirm(DeploymentPlan plan, List<Change> changes) {
        List<NarrowingConfirmation> kept = new ArrayList<>(plan.confirmedNarrowing().stream()
                .filter(c -> changes.stream().noneMatch(ch -> ch.id().equalsIgnoreCase(c.change()))).toList());
        changes.forEach(c -> kept.add(new NarrowingConfirmation(c.id(), c.narrows())));
        return plan.withConfirmedNarrowing(kept);
    }

    /** Why a run with unconfirmed narrowing does not start, in one sentence per change. */
    public static String refusal(List<Change> unconfirmed) {
        return "not started: " + String.join("; ", unconfirmed.stream().map(Change::narrows).toList())
                + ". Confirm " + (unconfirmed.size() == 1 ? "this narrowing" : "these narrowings")
                + " first (the wizard asks at Run; apply --confirm-narrowing records it in the plan).";
    }
}
