package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.TenantConnections;
import java.util.ArrayList;
import java.util.List;

/** What of the work would go to someone else: other tenants' admins, the runbook, the meeting's organizer. */
final class HandoverCheck {

    private HandoverCheck() {
    }

    static CheckResult of(String tenant, TenantConnections connections, DeploymentPlan plan, boolean powerShell) {
        String title = "What would be handed over";
        List<String> parts = new ArrayList<>();
        if (!powerShell) {
            parts.add(tenant + "'s Teams settings (and information barriers) go into its runbook, for PowerShell 7");
        }
        if (plan != null && plan.scenario() != null) {
            for (String other : Checker.tenants(plan)) {
                if (!other.equalsIgnoreCase(tenant) && connections.ports(other).isEmpty()) {
                    parts.add(other + "'s part goes to its admin as a runbook and plan file");
                }
            }
            if (plan.anonymousJoin() != null && plan.anonymousJoin().meeting() != null) {
                parts.add("the meeting is made by " + plan.anonymousJoin().meeting().organizer() + ", who signs in"
                        + " for it (or gets it as an .ics with steps)");
            }
        }
        return parts.isEmpty() ? CheckResult.pass("DOC-06", tenant, title, "Nothing: you can do all of it from here.")
                : CheckResult.warn("DOC-06", tenant, title, String.join("; ", parts) + ".", "Nothing to fix; the"
                        + " handover files are written when you plan or apply.");
    }
}
