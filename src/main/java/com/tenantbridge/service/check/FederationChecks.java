package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The federation scenario's prerequisites: each side lets the other in over Teams external access. */
final class FederationChecks {

    private FederationChecks() {
    }

    static void add(Checks c, DeploymentPlan plan, TenantConnections connections) {
        var f = plan.federation();
        TenantRef host = plan.hostTenant();
        String hostDomain = host.domain();
        String baselineTitle = "External access is limited to the partners";
        if (f.mode() == FederationMode.OPEN) {
            c.add(CheckResult.fail("FED-02", hostDomain, baselineTitle, "The plan uses open federation: every federated"
                    + " organisation can reach " + host.label() + "'s users.", "Use allowSpecific with "
                    + String.join(", ", partnerDomains(plan)) + " instead, or accept the deviation knowingly.")
                    .withRule(Checker.SCUBA_TEAMS_2_1));
        } else if (f.mode() == FederationMode.BLOCK_SPECIFIC) {
            c.add(CheckResult.warn("FED-02", hostDomain, baselineTitle, "The plan blocks " + f.blockedDomains().size()
                    + " domain(s) and lets every other federated organisation in.", "Prefer allowSpecific with "
                    + String.join(", ", partnerDomains(plan)) + ".").withRule(Checker.SCUBA_TEAMS_2_1));
        } else {
            c.add(CheckResult.pass("FED-02", hostDomain, baselineTitle, "The plan allows only "
                    + String.join(", ", partnerDomains(plan)) + ".").withRule(Checker.SCUBA_TEAMS_2_1));
        }
        ownDomains(c, connections, plan);
        federationSide(c, connections, hostDomain, partnerDomains(plan), "its partners");
        for (PartnerTenant p : f.partners()) {
            federationSide(c, connections, p.tenant().domain(), host.allDomains(), host.label());
            if (p.crossTenantAccess() != null) {
                Checks.inboundBaseline(c, connections, hostDomain, p.crossTenantAccess(), p.tenant().label());
            }
        }
    }

    private static void federationSide(Checks c, TenantConnections connections, String tenant, List<String> others,
            String who) {
        String title = tenant + " lets " + who + " in over Teams external access";
        Optional<TenantPorts> ports = connections.ports(tenant);
        if (ports.isEmpty()) {
            c.add(CheckResult.unknown("FED-01", tenant, title, "Not signed in to " + tenant + ".",
                    "Give " + tenant + "'s admin its runbook: both tenants must allow each other."));
            return;
        }
        c.run("FED-01", tenant, title, () -> {
            FederationConfig f = ports.get().teamsSettings().federation();
            String evidence = "AllowFederatedUsers " + f.allowFederatedUsers() + ", AllowedDomains "
                    + (f.allowsAllKnownDomains() ? "AllowAllKnownDomains" : f.allowedDomains()) + ", BlockedDomains "
                    + f.blockedDomains();
            List<String> missing = others.stream().filter(d -> !f.allows(d)).toList();
            return missing.isEmpty() ? CheckResult.pass("FED-01", tenant, title, evidence)
                    : CheckResult.warn("FED-01", tenant, title, evidence + "; not allowed yet: "
                            + String.join(", ", missing), "The plan changes it; apply the plan.");
        });
    }

    /**
     * A plan names only some of the host's domains; the tenant knows all of them, its .onmicrosoft.com among them
     * (https://learn.microsoft.com/graph/api/resources/organization, verifiedDomains). One of them as a partner is the
     * host itself, which apply refuses: said here, at the partner's field, before anything is applied.
     */
    private static void ownDomains(Checks c, TenantConnections connections, DeploymentPlan plan) {
        String host = plan.hostTenant().domain();
        Optional<TenantPorts> ports = connections.ports(host);
        if (ports.isEmpty()) {
            return;
        }
        String title = "Every partner is another organisation";
        c.run("FED-04", host, title, () -> {
            List<String> own = ports.get().directory().tenant().verifiedDomains().stream()
                    .map(d -> d.toLowerCase(java.util.Locale.ROOT)).toList();
            List<String> self = new ArrayList<>();
            List<PartnerTenant> partners = plan.federation().partners();
            for (int i = 0; i < partners.size(); i++) {
                List<String> domains = partners.get(i).tenant().allDomains();
                for (int d = 0; d < domains.size(); d++) {
                    if (own.contains(domains.get(d).toLowerCase(java.util.Locale.ROOT))) {
                        self.add("federation.partners[" + i + "].tenant." + (d == 0 ? "domain"
                                : "additionalDomains[" + (d - 1) + "]") + " " + domains.get(d));
                    }
                }
            }
            return self.isEmpty() ? CheckResult.pass("FED-04", host, title, "No partner domain is one of "
                    + plan.hostTenant().label() + "'s " + own.size() + " verified domains.")
                    : CheckResult.fail("FED-04", host, title, String.join("; ", self) + ": "
                            + (self.size() == 1 ? "is one" : "are") + " of " + plan.hostTenant().label()
                            + "'s own verified domains, not a partner.", "Remove it from the partners.");
        });
    }

    private static List<String> partnerDomains(DeploymentPlan plan) {
        List<String> out = new ArrayList<>();
        plan.federation().partners().forEach(p -> out.addAll(p.tenant().allDomains()));
        return out;
    }

}
