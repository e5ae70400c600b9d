package com.tenantbridge.service.handover;

import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
        ps.append("# TenantBridge runbook for ").append(tenant).append('\n');
        ps.append("# Plan: ").append(oneLine(planName)).append('\n');
        ps.append("# Run in PowerShell 7 as a Teams Administrator").append(barriers
                ? " and a Compliance Administrator" : "").append(". Safe to run more than once.\n");
        ps.append("#Requires -Version 7.0\n");
        ps.append("$ErrorActionPreference = 'Stop'\n");
        if (shell.isEmpty()) {
            ps.append("\n# Nothing to do in PowerShell for ").append(tenant).append(".\n");
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
            ps.append("\n# Also for ").append(tenant).append(" (Microsoft Graph, in its plan file):\n");
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
            s.append("# d. These Microsoft Graph changes for ").append(tenant).append(" are done first (TenantBridge's"
                    + " apply, or its plan file):\n");
            for (Change c : graph) {
                s.append("#    - ").append(oneLine(c.summary())).append('\n');
            }
        }
        s.append("Read-Host 'Press Enter once all of the above is done' | Out-Null\n");
        return s.toString();
    }

    private static boolean isBarrier(ChangeKind kind) {
        return kind == ChangeKind.BARRIER_SEGMENT || kind == ChangeKind.BARRIER_POLICY
                || kind == ChangeKind.ACTIVATE_BARRIER_POLICY || kind == ChangeKind.APPLY_BARRIERS;
    }

    private static String script(Change c) {
        return switch (c.kind()) {
            case TEAMS_FEDERATION -> federation(FederationMode.valueOf(c.param("mode")), list(c.param("allow")),
                    list(c.param("block")));
            case TEAMS_GUEST_ACCESS -> "Set-CsTeamsClientConfiguration -Identity Global -AllowGuestUser $true\n";
            case MEETING_CONFIGURATION ->
                    "Set-CsTeamsMeetingConfiguration -Identity Global -DisableAnonymousJoin $false\n";
            case MEETING_POLICY -> meetingPolicy(c.param("identity"), c.param("autoAdmittedUsers"));
            case ASSIGN_MEETING_POLICY -> "Grant-CsTeamsMeetingPolicy -Identity " + q(c.param("upn")) + " -PolicyName "
                    + q(c.param("identity")) + "\n";
            case BARRIER_SEGMENT -> segment(c.param("name"), c.param("filter"));
            case BARRIER_POLICY -> barrierPolicy(c.param("name"), c.param("segment"), list(c.param("allowed"), "\\|"),
                    list(c.param("blocked"), "\\|"));
            case ACTIVATE_BARRIER_POLICY -> "$policy = Get-InformationBarrierPolicy -Identity "
                    + q(c.param("name")) + "\n"
                    + "if (\"$($policy.State)\" -ne 'Active') {\n"
                    + "    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active\n"
                    + "}\n";
            case APPLY_BARRIERS -> "Start-InformationBarrierPoliciesApplication\n"
                    + "# Takes about 30 minutes to start (up to 24 hours in large tenants). Check on it with:\n"
                    + "Get-InformationBarrierPoliciesApplicationStatus\n";
            default -> "# (" + c.kind().label() + " is a Microsoft Graph change.)\n";
        };
    }

    /** Both tenants must allow each other; other admins' entries in the lists are kept. */
    private static String federation(FederationMode mode, List<String> allow, List<String> block) {
        StringBuilder s = new StringBuilder("$federation = Get-CsTenantFederationConfiguration\n");
        switch (mode) {
            case ALLOW_SPECIFIC -> {
                s.append("$allowed = @($federation.AllowedDomains.AllowedDomain | ForEach-Object { $_.Domain })\n");
                s.append("$wanted = @(").append(quoted(allow)).append(")\n");
                s.append("$missing = @($wanted | Where-Object { $allowed -notcontains $_ })\n");
                s.append("if ($allowed.Count -eq 0) {\n");
                s.append("    # AllowAllKnownDomains or an empty list: replace it with the partner domains.\n");
                s.append("    $patterns = @($wanted | ForEach-Object { New-CsEdgeDomainPattern -Domain $_ })\n");
                s.append("    $list = New-CsEdgeAllowList -AllowedDomain $patterns\n");
                s.append("    Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomains $list\n");
                s.append("} elseif ($missing.Count -gt 0 -or -not $federation.AllowFederatedUsers) {\n");
                s.append("    Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomainsAsAList"
                        + " @{Add=$missing}\n");
                s.append("}\n");
            }
            case OPEN, BLOCK_SPECIFIC -> {
                s.append("if (-not $federation.AllowFederatedUsers -or $federation.AllowedDomains.AllowedDomain) {\n");
                s.append("    $all = New-CsEdgeAllowAllKnownDomains\n");
                s.append("    Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomains $all\n");
                s.append("}\n");
                s.append("$blocked = @($federation.BlockedDomains | ForEach-Object { $_.Domain })\n");
                if (mode == FederationMode.BLOCK_SPECIFIC && !block.isEmpty()) {
                    s.append("foreach ($domain in @(").append(quoted(block)).append(")) {\n");
                    s.append("    if ($blocked -notcontains $domain) {\n");
                    s.append("        $x = New-CsEdgeDomainPattern -Domain $domain\n");
                    s.append("        Set-CsTenantFederationConfiguration -BlockedDomains @{Add=$x}\n");
                    s.append("    }\n");
                    s.append("}\n");
                }
                s.append("foreach ($domain in @(").append(quoted(allow)).append(")) {\n");
                s.append("    if ($blocked -contains $domain) {\n");
                s.append("        $x = New-CsEdgeDomainPattern -Domain $domain\n");
                s.append("        Set-CsTenantFederationConfiguration -BlockedDomains @{Remove=$x}\n");
                s.append("    }\n");
                s.append("}\n");
            }
        }
        return s.toString();
    }

    private static String meetingPolicy(String identity, String autoAdmitted) {
        String settings = " -AllowAnonymousUsersToJoinMeeting $true -AutoAdmittedUsers " + q(autoAdmitted);
        if ("Global".equalsIgnoreCase(identity)) {
            return "Set-CsTeamsMeetingPolicy -Identity Global" + settings + "\n";
        }
        return "if (Get-CsTeamsMeetingPolicy -Identity " + q(identity) + " -ErrorAction SilentlyContinue) {\n"
                + "    Set-CsTeamsMeetingPolicy -Identity " + q(identity) + settings + "\n"
                + "} else {\n"
                + "    New-CsTeamsMeetingPolicy -Identity " + q(identity) + settings + "\n"
                + "}\n";
    }

    private static String segment(String name, String filter) {
        return "if (Get-OrganizationSegment -Identity " + q(name) + " -ErrorAction SilentlyContinue) {\n"
                + "    Set-OrganizationSegment -Identity " + q(name) + " -UserGroupFilter " + dq(filter) + "\n"
                + "} else {\n"
                + "    New-OrganizationSegment -Name " + q(name) + " -UserGroupFilter " + dq(filter) + "\n"
                + "}\n";
    }

    /**
     * A policy whose segments differ is not edited in place (an allow policy cannot become a block policy): it is
     * set inactive, removed and created again, inactive (new-informationbarrierpolicy,
     * remove-informationbarrierpolicy; Microsoft Purview: "Edit or remove information barrier policies").
     */
    private static String barrierPolicy(String name, String segment, List<String> allowed, List<String> blocked) {
        String which = allowed.isEmpty() ? " -SegmentsBlocked " + quoted(blocked) : " -SegmentsAllowed "
                + quoted(allowed);
        String wanted = String.join("|", allowed.isEmpty() ? blocked : allowed);
        String property = allowed.isEmpty() ? "SegmentsBlocked" : "SegmentsAllowed";
        return "$policy = Get-InformationBarrierPolicy -Identity " + q(name) + " -ErrorAction SilentlyContinue\n"
                + "if ($policy -and (\"$($policy.AssignedSegment)\" -ne " + q(segment) + " -or (@($policy." + property
                + ") -join '|') -ne " + q(wanted) + ")) {\n"
                + "    # Its segments changed: Microsoft has it removed and created again rather than edited.\n"
                + "    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force\n"
                + "    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false\n"
                + "    $policy = $null\n"
                + "}\n"
                + "if (-not $policy) {\n"
                + "    New-InformationBarrierPolicy -Name " + q(name) + " -AssignedSegment " + q(segment) + which
                + " -State Inactive -Force\n"
                + "}\n";
    }

    private static List<String> list(String value) {
        return list(value, ",");
    }

    private static List<String> list(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(Runbooks::q).collect(Collectors.joining(","));
    }

    /** A single-quoted PowerShell string: nothing inside is expanded. The PowerShell adapter quotes the same way. */
    public static String q(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A double-quoted string for a filter that itself holds single quotes; $ and ` are escaped. */
    public static String dq(String value) {
        return "\"" + value.replace("`", "``").replace("$", "`$").replace("\"", "`\"") + "\"";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
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
