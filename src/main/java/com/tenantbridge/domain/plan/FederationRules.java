package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.validation.DomainNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The federation section's rules: the mode, the partners, the domains Teams keeps. */
final class FederationRules {

    private final PlanValidator check;

    FederationRules(PlanValidator check) {
        this.check = check;
    }

    void federation(FederationPlan f) {
        check.required("federation.mode", f.mode());
        if (f.mode() == FederationMode.OPEN) {
            check.warning("federation.mode", "open federation lets every federated organisation reach your users;"
                    + " allowSpecific keeps to the partners (CISA ScubaGear MS.TEAMS.2.1v2)");
        }
        List<PartnerTenant> partners = f.partners();
        if (partners.isEmpty()) {
            check.error("federation.partners", "add at least one partner tenant");
        }
        Map<String, String> partnerDomains = new HashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            String p = "federation.partners[" + i + "]";
            PartnerTenant partner = partners.get(i);
            if (check.required(p, partner).isEmpty()) {
                continue;
            }
            check.required(p + ".mode", partner.mode());
            if (check.required(p + ".tenant", partner.tenant()).isEmpty()) {
                continue;
            }
            check.tenant(p + ".tenant", partner.tenant());
            String hostId = check.plan.hostTenant() == null ? null : check.plan.hostTenant().tenantId();
            if (hostId != null && hostId.equalsIgnoreCase(partner.tenant().tenantId())) {
                check.error(p + ".tenant.tenantId", hostId + " is the host tenant's own id: a partner is another"
                        + " organisation");
            }
            List<String> domains = partner.tenant().allDomains();
            for (int d = 0; d < domains.size(); d++) {
                String domain = domains.get(d);
                String dp = p + ".tenant." + (d == 0 ? "domain" : "additionalDomains[" + (d - 1) + "]");
                if (check.isHostDomain(domain)) {
                    check.error(dp, domain + " is the host tenant's own domain");
                } else if (partnerDomains.putIfAbsent(domain.toLowerCase(Locale.ROOT), p) != null) {
                    check.error(dp, domain + " is already a domain of "
                            + partnerDomains.get(domain.toLowerCase(Locale.ROOT)));
                }
            }
        }
        if (partnerDomains.size() > PlanValidator.MAX_FEDERATION_DOMAINS) {
            check.error("federation.partners", "Teams allows at most "
                    + PlanValidator.MAX_FEDERATION_DOMAINS + " allowed domains");
        }
        blockedDomains(f);
    }

    /** A blocked partner is the scenario's intent broken: domain.intent names it with the pair it cuts. */
    private void blockedDomains(FederationPlan f) {
        List<String> blocked = f.blockedDomains();
        if (!blocked.isEmpty() && f.mode() != FederationMode.BLOCK_SPECIFIC) {
            check.error("federation.blockedDomains", "only used with mode blockSpecific (Teams ignores the blocked list"
                    + " while an allow list is in effect)");
        }
        if (blocked.size() > PlanValidator.MAX_FEDERATION_DOMAINS) {
            check.error("federation.blockedDomains", "Teams allows at most "
                    + PlanValidator.MAX_FEDERATION_DOMAINS + " blocked domains");
        }
        if (f.mode() == FederationMode.BLOCK_SPECIFIC && blocked.isEmpty()) {
            check.warning("federation.blockedDomains", "no domains to block: this is the same as open federation");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocked.size(); i++) {
            String p = "federation.blockedDomains[" + i + "]";
            String d = blocked.get(i);
            Optional<String> problem = DomainNames.problem(d);
            if (problem.isPresent()) {
                check.error(p, problem.get());
                continue;
            }
            String key = d.toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                check.error(p, d + " is listed twice");
            } else if (check.isHostDomain(d)) {
                check.error(p, d + " is the host tenant's own domain");
            }
        }
    }
}
