package com.tenantbridge.domain.intent;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.reach.Cell;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.Reachability;
import com.tenantbridge.domain.reach.Verdict;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Federation: the host and each partner reach each other both ways over Teams external access (Microsoft's
 * “Multi-tenant company deployments”: both tenants must allow each other). Two partners the plan does not
 * federate with one another: apart in the plan's world; found reaching each other on a tenant, that is said (the
 * link predates the plan), not refused.
 */
final class FederationIntent {

    private FederationIntent() {
    }

    static List<Claim> prove(DeploymentPlan plan, World w) {
        List<Claim> out = new ArrayList<>();
        String host = Worlds.domain(plan.hostTenant());
        List<PartnerTenant> partners = plan.federation().partners();
        World planned = Worlds.desired(plan);
        for (int i = 0; i < partners.size(); i++) {
            String d = partners.get(i) == null ? null : Worlds.domain(partners.get(i).tenant());
            if (d == null || d.equals(host)) {
                continue;
            }
            Optional<Party> a = others(w, host);
            Optional<Party> b = others(w, d);
            if (a.isPresent() && b.isPresent()) {
                out.add(together(plan, w, a.get(), b.get(), i));
            }
            for (int j = i + 1; j < partners.size(); j++) {
                String e = partners.get(j) == null ? null : Worlds.domain(partners.get(j).tenant());
                Optional<Party> c = others(w, e);
                Optional<Party> pb = others(planned, d);
                Optional<Party> pc = others(planned, e);
                if (e == null || b.isEmpty() || c.isEmpty() || pb.isEmpty() || pc.isEmpty()
                        || Reachability.cell(planned, pb.get(), pc.get(), Channel.CHAT).verdict() != Verdict.NO) {
                    continue;
                }
                out.add(apart(w, b.get(), c.get(), i));
            }
        }
        return out;
    }

    private static Claim together(DeploymentPlan plan, World w, Party host, Party partner, int i) {
        String title = name(host) + " and " + name(partner) + " reach each other";
        Cell there = Reachability.cell(w, host, partner, Channel.CHAT);
        Cell back = Reachability.cell(w, partner, host, Channel.CHAT);
        Cell worst = there.verdict() != Verdict.YES ? there : back;
        if (worst.verdict() == Verdict.YES) {
            return Claim.holds(host.tenant(), title, "Both tenants allow each other: chat, call and meetings work"
                    + " both ways; people find each other by full email address.", "federation.partners[" + i + "]");
        }
        if (worst.verdict() == Verdict.UNKNOWN) {
            return Claim.unknown(host.tenant(), title, worst.reason() + ".", "federation.partners[" + i + "]");
        }
        boolean hostRefuses = worst.reason().startsWith("external access: " + host.tenant() + " ");
        String path = !hostRefuses ? "federation.partners[" + i + "].mode"
                : plan.federation().mode() == FederationMode.BLOCK_SPECIFIC ? blockedPath(plan, partner.tenant())
                        : "federation.mode";
        return Claim.broken(host.tenant(), title, name(host) + " and " + name(partner) + " cannot reach each"
                + " other: " + worst.reason() + ".", path, "Both tenants must allow each other's domains.");
    }

    private static String blockedPath(DeploymentPlan plan, String partner) {
        List<String> blocked = plan.federation().blockedDomains();
        for (int k = 0; k < blocked.size(); k++) {
            String d = blocked.get(k);
            if (d != null && domainsOf(plan, partner).stream().anyMatch(d::equalsIgnoreCase)) {
                return "federation.blockedDomains[" + k + "]";
            }
        }
        return "federation.blockedDomains";
    }

    private static List<String> domainsOf(DeploymentPlan plan, String partner) {
        return plan.federation().partners().stream().filter(p -> p != null && partner.equals(Worlds.domain(p.tenant())))
                .findFirst().map(p -> p.tenant().allDomains()).orElse(List.of(partner));
    }

    private static Claim apart(World w, Party a, Party b, int i) {
        String title = name(a) + " and " + name(b) + " stay apart";
        Cell cell = Reachability.cell(w, a, b, Channel.CHAT);
        if (cell.verdict() == Verdict.NO) {
            return Claim.holds(a.tenant(), title, cell.reason() + ".", "federation.partners[" + i + "].mode");
        }
        if (cell.verdict() == Verdict.UNKNOWN) {
            return Claim.unknown(a.tenant(), title, cell.reason() + ".", "federation.partners[" + i + "].mode");
        }
        // The planner keeps the domains a tenant already allows, so a link between partners predates the plan.
        return Claim.note(a.tenant(), title, name(a) + " and " + name(b) + " reach each other, which the plan"
                + " does not set up and leaves as it is: " + cell.reason() + ".", "federation.partners[" + i
                + "].mode", "Leave it if intended; otherwise have one of them remove the other from its allowed"
                        + " domains.");
    }

    /** "Users of Contoso1" stands for the tenant: named by its label. */
    private static String name(Party p) {
        return p.label().startsWith("Users of ") ? p.label().substring("Users of ".length()) : p.label();
    }

    private static Optional<Party> others(World w, String tenant) {
        return tenant == null ? Optional.empty()
                : w.parties().stream().filter(p -> p.id().equals(Worlds.othersId(tenant))).findFirst();
    }
}
