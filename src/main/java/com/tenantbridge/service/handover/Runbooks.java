package com.tenantbridge.service.handover;

import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.Channel;
import com.tenantbridge.service.change.PowerShellText;
import java.util.List;

/**
 * Writes the PowerShell runbook for one tenant: the Teams-only and information-barrier settings Microsoft
 * Graph cannot set, with the MicrosoftTeams and ExchangeOnlineManagement cmdlets. Every step reads first, so
 * running the runbook twice changes nothing the second time. Graph changes for a tenant this run could not
 * reach are listed at the end: they are in that tenant's plan file.
 */
public final class Runbooks {

    private Runbooks() {
    }

    public static String forTenant(String tenant, String planName, List<Change> changes) {
        List<Change> shell = changes.stream().filter(c -> c.tenant().equalsIgnoreCase(tenant)
                && c.channel() == Channel.POWERSHELL).toList();
        List<Change> graph = changes.stream().filter(c -> c.tenant().equalsIgnoreCase(tenant)
                && c.channel() == Channel.GRAPH).toList();
        boolean teams = shell.stream().anyMatch(c -> !isBarrier(c.kind()));
        boolean barriers = shell.stream().anyMatch(c -> isBarrier(c.kind()));
        StringBuilder ps = new StringBuilder();
        ps.append("# TenantBridge runbook for ").append(oneLine(tenant)).append('\n');
        ps.append("# Plan: ").append(oneLine(planName)).append('\n');
        ps.append("# Run in PowerShell 7 as a Teams Administrator").append(barriers
                ? " and a Compliance Administrator" : "").append(". Safe to run more than once.\n");
        ps.append("#Requires -Version 7.0\n");
        ps.append("$ErrorActionPreference = 'Stop'\n");
        if (shell.isEmpty()) {
            ps.append("\n# Nothing to do in PowerShell for ").append(oneLine(tenant)).append(".\n");
        }
        if (teams) {
            ps.append("\nImport-Module MicrosoftTeams\n");
            ps.append("Connect-MicrosoftTeams\n");
        }
        if (barriers) {
            ps.append("\nImport-Module ExchangeOnlineManagement\n");
            ps.append("Connect-IPPSSession\n");
        }
        if (barriers) {
            ps.append(barrierPrerequisites(tenant, graph));
        }
        int step = 1;
        for (Change c : shell) {
            ps.append("\n# ").append(step++).append(". ").append(oneLine(c.summary())).append('\n');
            ps.append(script(c));
        }
        if (!graph.isEmpty() && !barriers) {
            ps.append("\n# Also for ").append(oneLine(tenant)).append(" (Microsoft Graph, in its plan file):\n");
            for (Change c : graph) {
                ps.append("#   - ").append(oneLine(c.summary())).append('\n');
            }
        }
        return ps.toString();
    }

    /**
     * Microsoft's order for barriers ("Get started with information barriers"): the prerequisites first, then the
     * segments' groups, their members and licences, and only then segments, policies (inactive, then active) and
     * the application. The Graph part is TenantBridge's apply or the tenant's plan file; the runbook waits for it.
     */
    private static String barrierPrerequisites(String tenant, List<Change> graph) {
        StringBuilder s = new StringBuilder("\n# Before the information barriers (Microsoft's order):\n");
        s.append("# a. Admin consent for barriers in Teams: as a Global Administrator open\n");
        s.append("#    https://login.microsoftonline.com/common/adminconsent?client_id="
                + "bcf62038-e005-436d-b970-2a472f8c1982\n");
        s.append("# b. Teams admin center > Teams settings > Search by name: scope directory search using an\n");
        s.append("#    Exchange address book policy, then wait 24 hours.\n");
        s.append("# c. Exchange Online PowerShell (Connect-ExchangeOnline): audit logging on\n");
        s.append("#    (Get-AdminAuditLogConfig | Format-List UnifiedAuditLogIngestionEnabled), and no address book\n");
        s.append("#    policies (Get-AddressBookPolicy returns nothing).\n");
        if (!graph.isEmpty()) {
            s.append("# d. These Microsoft Graph changes for ").append(oneLine(tenant))
                    .append(" are done first (TenantBridge's apply, or its plan file):\n");
            for (Change c : graph) {
                s.append("#    - ").append(oneLine(c.summary())).append('\n');
            }
        }
        s.append("Read-Host 'Press Enter once all of the above is done' | Out-Null\n");
        return s.toString();
    }

    /** Barrier changes run in Security & Compliance PowerShell, the others in Teams PowerShell. */
    private static boolean isBarrier(ChangeKind kind) {
        return kind.handler().barrier();
    }

    private static String script(Change c) {
        String script = c.kind().handler().runbook(c);
        return script != null ? script : "# (" + c.kind().label() + " is a Microsoft Graph change.)\n";
    }

    private static String oneLine(String text) {
        return PowerShellText.comment(text);
    }

    /**
     * The runbook for each tenant a run handed to its own admin (the journal's runbook entries), planned again
     * from the plan alone: a report made later shows exactly what that admin has to run.
     */
    public static java.util.Map<String, String> forJournal(com.tenantbridge.domain.plan.DeploymentPlan plan,
            List<com.tenantbridge.service.journal.JournalEntry> entries) {
        List<String> partners = entries.stream().filter(e -> e.status()
                == com.tenantbridge.service.journal.JournalEntry.Status.RUNBOOK).map(
                        com.tenantbridge.service.journal.JournalEntry::tenant).distinct().toList();
        java.util.Map<String, String> runbooks = new java.util.LinkedHashMap<>();
        if (partners.isEmpty()) {
            return runbooks;
        }
        com.tenantbridge.service.engine.PlanResult planned = new com.tenantbridge.service.engine.Planner().plan(plan,
                com.tenantbridge.service.engine.TenantConnections.none());
        for (String t : partners) {
            List<Change> theirs = planned.offline().getOrDefault(t, List.of());
            runbooks.put(t, forTenant(t, plan.displayName(), theirs.isEmpty() ? planned.changes() : theirs));
        }
        return runbooks;
    }
}
