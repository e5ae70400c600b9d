package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.reach.ReachWorlds;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tenants again and compares them with the plan: everything the plan wants must hold, and the people
 * the scenario is for must reach each other (proven by the reach engine on the tenants as read).
 */
public final class Verifier {

    public record Result(List<CheckResult> items) {
        public Result {
            items = List.copyOf(items);
        }

        public boolean passed() {
            return items.stream().allMatch(i -> i.status() == CheckStatus.PASS);
        }
    }

    public Result verify(DeploymentPlan plan, TenantConnections connections) {
        List<CheckResult> items = new ArrayList<>();
        PlanResult remaining = new Planner().plan(plan, connections);
        for (Change c : remaining.changes()) {
            items.add(CheckResult.fail("VERIFY", c.tenant(), c.kind().label() + " does not match the plan",
                    "Still to do: " + c.summary(), "Apply the plan again (the Run step, or apply --resume)."));
        }
        for (List<Change> offline : remaining.offline().values()) {
            for (Change c : offline) {
                items.add(CheckResult.unknown("VERIFY", c.tenant(), c.kind().label() + " could not be read",
                        "Not reachable from this run: " + c.summary(), "Have " + c.tenant() + "'s admin run its runbook,"
                                + " then verify again."));
            }
        }
        for (String note : remaining.notes()) {
            items.add(CheckResult.fail("VERIFY", plan.hostTenant().domain(), "Part of the plan cannot be checked", note,
                    null));
        }
        if (items.isEmpty()) {
            for (String tenant : Checker.tenants(plan)) {
                items.add(CheckResult.pass("VERIFY", tenant, tenant + " matches the plan", "Nothing left to change."));
            }
        }
        items.addAll(GuestInvitations.verify(plan, connections));
        // What people can do now, proven on the tenants as read: a setting that matches yet reaches no one fails.
        items.addAll(IntentChecks.on(plan, ReachWorlds.now(plan, remaining, connections)));
        return new Result(items);
    }
}
