package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestRole;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.domain.validation.EmailAddresses;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.TenantPorts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The guest-access scenario's prerequisites: the teams, the guests and B2B inbound in each technician tenant. */
final class GuestAccessChecks {

    private GuestAccessChecks() {
    }

    static void add(Checks c, DeploymentPlan plan, TenantConnections connections) {
        TenantRef host = plan.hostTenant();
        Optional<TenantPorts> hostPorts = connections.ports(host.domain());
        Set<String> experts = new LinkedHashSet<>();
        for (GuestTarget t : plan.guestAccess().targets()) {
            for (Guest g : t.guests()) {
                if (host.allDomains().stream().anyMatch(d -> d.equalsIgnoreCase(EmailAddresses.domainOf(g.email())))) {
                    experts.add(g.email());
                }
                if (g.role() == GuestRole.TECHNICIAN) {
                    c.add(CheckResult.warn("GUEST-05", t.tenant().domain(), g.email() + " is guested as a technician",
                            "Remote Assist users can use Remote Assist in one tenant only.",
                            "Guest the experts into the technicians' tenant rather than the technicians into the"
                                    + " experts'."));
                }
            }
        }
        if (hostPorts.isPresent() && !experts.isEmpty()) {
            String title = "The experts exist in " + host.label();
            c.run("GUEST-03", host.domain(), title, () -> {
                Map<String, DirectoryUser> found = hostPorts.get().directory().findUsers(List.copyOf(experts));
                List<String> missing = experts.stream().filter(e -> found.keySet().stream()
                        .noneMatch(k -> k.equalsIgnoreCase(e))).toList();
                return missing.isEmpty() ? CheckResult.pass("GUEST-03", host.domain(), title, String.join(", ", experts)
                        + " found.") : CheckResult.fail("GUEST-03", host.domain(), title, "Not found: "
                        + String.join(", ", missing), "Correct the guests' addresses in the plan.");
            });
        }
        for (GuestTarget t : plan.guestAccess().targets()) {
            String tenant = t.tenant().domain();
            Optional<TenantPorts> ports = connections.ports(tenant);
            if (ports.isEmpty()) {
                continue;
            }
            String guestTitle = "Teams guest access is on in " + t.tenant().label();
            c.run("GUEST-01", tenant, guestTitle, () -> ports.get().teamsSettings().guestAccessAllowed()
                    ? CheckResult.pass("GUEST-01", tenant, guestTitle, "AllowGuestUser True")
                    : CheckResult.warn("GUEST-01", tenant, guestTitle, "AllowGuestUser False",
                            "The plan turns it on (Set-CsTeamsClientConfiguration -AllowGuestUser $true)."));
            String teamTitle = "The team \u201c" + t.team() + "\u201d exists in " + t.tenant().label();
            c.run("GUEST-02", tenant, teamTitle, () -> ports.get().teams().findTeam(t.team())
                    .map(g -> CheckResult.pass("GUEST-02", tenant, teamTitle, "Team id " + g.id()))
                    .orElse(CheckResult.fail("GUEST-02", tenant, teamTitle, "No team with that name.",
                            "Create the team in Teams, or correct its name in the plan.")));
            b2bInbound(c, connections, t, host);
            if (t.crossTenantAccess() != null) {
                Checks.inboundBaseline(c, connections, tenant, t.crossTenantAccess(), host.label());
            }
        }
    }

    private static void b2bInbound(Checks c, TenantConnections connections, GuestTarget t, TenantRef host) {
        String tenant = t.tenant().domain();
        TenantPorts ports = connections.ports(tenant).orElseThrow();
        String title = t.tenant().label() + " accepts B2B guests from " + host.label();
        c.run("GUEST-04", tenant, title, () -> {
            Optional<String> hostId = host.tenantId() != null ? Optional.of(host.tenantId())
                    : ports.directory().resolveTenantId(host.domain());
            PartnerSettings d = ports.crossTenantAccess().defaultSettings();
            Optional<PartnerSettings> partner = hostId.flatMap(id -> ports.crossTenantAccess().partner(id));
            AccessSetting effective = partner.map(PartnerSettings::b2bCollaborationInbound)
                    .filter(s -> s != AccessSetting.INHERIT).orElse(d.b2bCollaborationInbound());
            boolean planOpens = t.crossTenantAccess() != null
                    && t.crossTenantAccess().b2bCollaborationInbound() == AccessSetting.ALLOWED;
            String evidence = "Default inbound: " + d.b2bCollaborationInbound().name().toLowerCase(Locale.ROOT)
                    + partner.map(p -> "; partner setting: " + p.b2bCollaborationInbound().name()
                            .toLowerCase(Locale.ROOT)).orElse("; no partner setting for " + host.label());
            if (effective == AccessSetting.ALLOWED) {
                return CheckResult.pass("GUEST-04", tenant, title, evidence);
            }
            return planOpens ? CheckResult.warn("GUEST-04", tenant, title, evidence, "The plan opens it for "
                    + host.label() + ".")
                    : CheckResult.fail("GUEST-04", tenant, title, evidence, "Add crossTenantAccess"
                    + " with b2bCollaborationInbound allowed to this target in the plan.");
        });
    }
}
