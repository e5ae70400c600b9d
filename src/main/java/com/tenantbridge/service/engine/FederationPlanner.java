package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.CrossTenantAccess;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.TeamsFederationKind;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario A. Both sides must allow each other: the host's external access lets the partners in, and each
 * partner's lets the host in. Other admins' entries in the allow and block lists are kept.
 */
final class FederationPlanner {

    void plan(DeploymentPlan plan, PlanContext ctx) {
        FederationPlan f = plan.federation();
        TenantRef host = plan.hostTenant();
        List<String> partnerDomains = new ArrayList<>();
        for (PartnerTenant p : f.partners()) {
            partnerDomains.addAll(p.tenant().allDomains());
        }
        ownDomains(ctx, host.domain(), partnerDomains);
        federationSide(ctx, host.domain(), f.mode(), partnerDomains, f.blockedDomains(), "partners");
        for (PartnerTenant p : f.partners()) {
            crossTenantAccess(ctx, host, p);
        }
        for (PartnerTenant p : f.partners()) {
            federationSide(ctx, p.tenant().domain(), p.mode(), host.allDomains(), List.of(), host.label());
        }
    }

    /**
     * The plan can only refuse the host's domains it names; the tenant knows the rest (its .onmicrosoft.com and other
     * verified domains). A tenant's own domain in its allow list is no partner, so nothing starts.
     */
    private static void ownDomains(PlanContext ctx, String host, List<String> partnerDomains) {
        ctx.ports(host).ifPresent(p -> {
            List<String> own = p.directory().tenant().verifiedDomains().stream()
                    .map(d -> d.toLowerCase(Locale.ROOT)).toList();
            partnerDomains.stream().filter(d -> own.contains(d.toLowerCase(Locale.ROOT))).forEach(d -> ctx.block(d
                    + " is one of " + host + "'s own verified domains, not a partner: remove it from the partners"));
        });
    }

    private void federationSide(PlanContext ctx, String tenant, FederationMode mode, List<String> mustAllow,
            List<String> mustBlock, String who) {
        Optional<TenantPorts> ports = ctx.ports(tenant);
        String id = Change.idOf(tenant, ChangeKind.TEAMS_FEDERATION, "global");
        if (ports.isEmpty()) {
            FederationConfig wanted = TeamsFederationKind.desired(null, mode, mustAllow, mustBlock);
            ctx.offline(new Change(id, tenant, ChangeKind.TEAMS_FEDERATION,
                    tenant + ": " + mode.label().toLowerCase(Locale.ROOT) + ", allowing "
                    + String.join(", ", mustAllow),
                    null, describe(wanted), List.of(), Map.of("mode", mode.name(), "allow",
                            String.join(",", mustAllow), "block", String.join(",", mustBlock))));
            return;
        }
        Optional<FederationConfig> current = ctx.readPowerShell(tenant, () -> ports.get().teamsSettings().federation());
        FederationConfig wanted = TeamsFederationKind.desired(current.orElse(null), mode, mustAllow, mustBlock);
        if (current.isPresent() && current.get().equals(wanted)) {
            return;
        }
        // A change that cuts anyone off says so, and whom: it runs only once confirmed.
        String narrows = Narrowing.federation(tenant, current.orElse(null), wanted);
        Change change = new Change(id, tenant, ChangeKind.TEAMS_FEDERATION,
                tenant + ": Teams external access \u2014 " + mode.label().toLowerCase(Locale.ROOT) + " so that "
                        + String.join(", ", mustAllow) + " can reach its users"
                        + (narrows == null ? "" : " (narrowing: " + narrows + ")"),
                current.map(FederationPlanner::describe).orElse(null), describe(wanted), List.of(),
                Maps.params("mode", mode.name(), "allow", String.join(",", mustAllow), "block",
                        String.join(",", mustBlock), Change.NARROWS, narrows));
        if (current.isPresent()) {
            ctx.add(change);
        } else {
            ctx.offline(change);
        }
    }

    static Map<String, Object> describe(FederationConfig c) {
        return Maps.of("AllowFederatedUsers", c.allowFederatedUsers(),
                "AllowedDomains", c.allowsAllKnownDomains() ? "AllowAllKnownDomains" : c.allowedDomains(),
                "BlockedDomains", c.blockedDomains());
    }

    private void crossTenantAccess(PlanContext ctx, TenantRef host, PartnerTenant partner) {
        CrossTenantAccess wanted = partner.crossTenantAccess();
        if (wanted == null) {
            return;
        }
        CrossTenantPlanning.plan(ctx, host.domain(), partner.tenant(), wanted, List.of());
    }
}
