package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.service.engine.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tenants again and compares them with the plan: everything the plan wants must hold. For
 * federation it also says who can now reach whom.
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
        if (plan.scenario() == com.tenantbridge.domain.scenario.Scenario.FEDERATION) {
            reachability(plan, connections, items);
        }
        return new Result(items);
    }

    private static void reachability(DeploymentPlan plan, TenantConnections connections, List<CheckResult> items) {
        String host = plan.hostTenant().domain();
        List<PartnerTenant> partners = plan.federation().partners();
        for (PartnerTenant p : partners) {
            String partner = p.tenant().domain();
            pair(connections, host, partner, true, items);
        }
        for (int i = 0; i < partners.size(); i++) {
            for (int j = i + 1; j < partners.size(); j++) {
                pair(connections, partners.get(i).tenant().domain(), partners.get(j).tenant().domain(), false, items);
            }
        }
    }

    /** Both tenants must allow each other for their users to meet over external access. */
    private static void pair(TenantConnections connections, String a, String b, boolean wanted, List<CheckResult> items) {
        String title = wanted ? a + " and " + b + " can reach each other" : a + " and " + b + " stay apart";
        Optional<TenantPorts> pa = connections.ports(a);
        Optional<TenantPorts> pb = connections.ports(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            items.add(CheckResult.unknown("REACH", a, title, "Not signed in to both tenants.", null));
            return;
        }
        try {
            FederationConfig fa = pa.get().teamsSettings().federation();
            FederationConfig fb = pb.get().teamsSettings().federation();
            boolean both = fa.allows(b) && fb.allows(a);
            String evidence = a + (fa.allows(b) ? " allows " : " does not allow ") + b + "; " + b
                    + (fb.allows(a) ? " allows " : " does not allow ") + a + ".";
            if (both == wanted) {
                items.add(CheckResult.pass("REACH", a, title, evidence));
            } else if (wanted) {
                items.add(CheckResult.fail("REACH", a, title, evidence, "Both tenants must allow each other."));
            } else {
                items.add(CheckResult.warn("REACH", a, title, evidence + " The plan does not federate them, yet they are.",
                        "Leave it if intended; otherwise remove one from the other's allowed domains."));
            }
        } catch (PortException e) {
            items.add(CheckResult.unknown("REACH", a, title, e.getMessage(), null));
        }
    }
}
