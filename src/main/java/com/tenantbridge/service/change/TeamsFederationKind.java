package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.reach.ExternalAccess;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Teams external access of a tenant: Set-CsTenantFederationConfiguration
 * (https://learn.microsoft.com/powershell/module/microsoftteams/set-cstenantfederationconfiguration), written as a
 * whole and recomputed from what the tenant holds when it runs, so entries another admin added meanwhile are kept.
 */
public final class TeamsFederationKind implements ChangeHandler<TeamsFederationKind.Done> {

    /** The setting as the cmdlet names its parameters; what the run replaced and what it set. */
    public record Done(Setting before, Setting set, String note) implements ChangeRecord {
    }

    /** AllowedDomains is "AllowAllKnownDomains" or a list of domains (the cmdlet's two forms). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Setting(@JsonProperty("AllowFederatedUsers") boolean allowFederatedUsers,
            @JsonProperty("AllowedDomains") Allowed allowedDomains,
            @JsonProperty("BlockedDomains") List<String> blockedDomains) {

        static Setting of(FederationConfig c) {
            return new Setting(c.allowFederatedUsers(), new Allowed(c.allowedDomains()), c.blockedDomains());
        }

        FederationConfig config() {
            return new FederationConfig(allowFederatedUsers, allowedDomains == null ? null : allowedDomains.domains(),
                    blockedDomains == null ? List.of() : blockedDomains);
        }
    }

    /** Null domains: every known domain. */
    public record Allowed(List<String> domains) {

        private static final String ALL = "AllowAllKnownDomains";

        @JsonValue
        Object json() {
            return domains == null ? ALL : domains;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Allowed of(Object json) {
            return new Allowed(json instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null);
        }
    }

    /** Until it is made, the tenant's external access is what the planner read: the setting it replaces. */
    @Override
    public void holdsBack(Change c, PendingReach reach) {
        Setting before = Values.convert(c.before(), Setting.class);
        reach.externalAccessBefore(c.tenant(), before == null ? null : new ExternalAccess(before.allowFederatedUsers(),
                before.allowedDomains() == null || before.allowedDomains().domains() == null,
                before.allowedDomains() == null || before.allowedDomains().domains() == null ? List.of()
                        : before.allowedDomains().domains(),
                before.blockedDomains() == null ? List.of() : before.blockedDomains()));
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        FederationConfig current = p.teamsSettings().federation();
        FederationConfig wanted = desired(current, FederationMode.valueOf(c.param("mode")),
                Values.split(c.param("allow"), ","), Values.split(c.param("block"), ","));
        if (!current.equals(wanted)) {
            p.teamsSettings().setFederation(wanted);
        }
        // "set" is what rollback compares the tenant with: it restores only a setting nobody changed since.
        return new Done(Setting.of(current), Setting.of(wanted), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(null, null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        Setting set = done.set() != null ? done.set() : Values.convert(c.after(), Setting.class);
        Setting now = Setting.of(at.ports().teamsSettings().federation());
        return set != null && set.config().equals(now.config()) ? null
                : at.left("Teams external access changed since the run");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        Setting before = done.before() != null ? done.before() : Values.convert(c.before(), Setting.class);
        at.ports().teamsSettings().setFederation(before.config());
    }

    /**
     * By hand with the cmdlet's list helpers (New-CsEdgeAllowList, New-CsEdgeDomainPattern): both tenants must allow
     * each other, and other admins' entries in the lists are kept.
     */
    @Override
    public String runbook(Change c) {
        FederationMode mode = FederationMode.valueOf(c.param("mode"));
        List<String> allow = Values.split(c.param("allow"), ",");
        List<String> block = Values.split(c.param("block"), ",");
        StringBuilder s = new StringBuilder("$federation = Get-CsTenantFederationConfiguration\n");
        switch (mode) {
            case ALLOW_SPECIFIC -> {
                s.append("$allowed = @($federation.AllowedDomains.AllowedDomain | ForEach-Object { $_.Domain })\n");
                s.append("$wanted = @(").append(PowerShellText.quoted(allow)).append(")\n");
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
                    s.append("foreach ($domain in @(").append(PowerShellText.quoted(block)).append(")) {\n");
                    s.append("    if ($blocked -notcontains $domain) {\n");
                    s.append("        $x = New-CsEdgeDomainPattern -Domain $domain\n");
                    s.append("        Set-CsTenantFederationConfiguration -BlockedDomains @{Add=$x}\n");
                    s.append("    }\n");
                    s.append("}\n");
                }
                s.append("foreach ($domain in @(").append(PowerShellText.quoted(allow)).append(")) {\n");
                s.append("    if ($blocked -contains $domain) {\n");
                s.append("        $x = New-CsEdgeDomainPattern -Domain $domain\n");
                s.append("        Set-CsTenantFederationConfiguration -BlockedDomains @{Remove=$x}\n");
                s.append("    }\n");
                s.append("}\n");
            }
        }
        return s.toString();
    }

    @Override
    public boolean setting() {
        return true;
    }

    /** What the tenant's federation must become, keeping entries the plan does not speak about. */
    public static FederationConfig desired(FederationConfig current, FederationMode mode, List<String> allow,
            List<String> block) {
        List<String> blocked = new ArrayList<>(current == null ? List.of() : current.blockedDomains());
        return switch (mode) {
            case OPEN -> new FederationConfig(true, null, without(blocked, allow));
            case BLOCK_SPECIFIC -> {
                Set<String> all = new LinkedHashSet<>(blocked);
                all.addAll(block);
                yield new FederationConfig(true, null, without(new ArrayList<>(all), allow));
            }
            case ALLOW_SPECIFIC -> {
                List<String> allowed = new ArrayList<>(current == null || current.allowsAllKnownDomains() ? List.of()
                        : current.allowedDomains());
                for (String d : allow) {
                    if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(d))) {
                        allowed.add(d);
                    }
                }
                yield new FederationConfig(true, allowed, blocked);
            }
        };
    }

    private static List<String> without(List<String> list, List<String> remove) {
        return list.stream().filter(d -> remove.stream().noneMatch(r -> r.equalsIgnoreCase(d))).toList();
    }
}
