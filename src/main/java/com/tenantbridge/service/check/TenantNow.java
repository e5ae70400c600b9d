package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a tenant has now of what the plan touches, in words, so the admin starts from it: Teams external access,
 * the Entra partner settings toward the plan's other tenants, the guests the plan invites, the segments and barrier
 * policies. Everything the plan does not manage is kept; these say what that is.
 */
final class TenantNow {

    private TenantNow() {
    }

    static void read(Checks c, String tenant, TenantPorts p, DeploymentPlan plan) {
        String title = "Teams external access now";
        c.run("NOW-01", tenant, title, () -> CheckResult.pass("NOW-01", tenant, title, federation(p.teamsSettings()
                .federation())));
        if (plan == null || plan.scenario() == null) {
            return;
        }
        if (plan.requiredAccess().graphScopes().contains("Policy.Read.All")) {
            String host = plan.hostTenant().domain();
            for (String other : Checker.tenants(plan)) {
                // The plan pairs the host with each other tenant, never two others with each other.
                boolean paired = tenant.equalsIgnoreCase(host) || other.equalsIgnoreCase(host);
                if (!other.equalsIgnoreCase(tenant) && paired) {
                    partner(c, tenant, p, other);
                }
            }
        }
        if (plan.guestAccess() != null) {
            for (GuestTarget t : plan.guestAccess().targets()) {
                if (t != null && t.tenant() != null && tenant.equalsIgnoreCase(t.tenant().domain())) {
                    guests(c, tenant, p, t.guests());
                }
            }
        }
        if (plan.vendors() != null && plan.vendors().informationBarriers() != null
                && tenant.equalsIgnoreCase(plan.hostTenant().domain())) {
            String ib = "Segments and barrier policies now";
            c.run("NOW-04", tenant, ib, () -> CheckResult.pass("NOW-04", tenant, ib, barriers(p.barriers().segments(),
                    p.barriers().policies())));
        }
    }

    /** As a sentence: "Open to every organisation." */
    static String federation(FederationConfig f) {
        String w = f.inWords();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".";
    }

    private static void partner(Checks c, String tenant, TenantPorts p, String other) {
        String title = "Entra partner settings for " + other + " now";
        String id = "NOW-02-" + other.toLowerCase(Locale.ROOT);
        c.run(id, tenant, title, () -> {
            Optional<String> otherId = p.directory().resolveTenantId(other);
            Optional<PartnerSettings> s = otherId.flatMap(x -> p.crossTenantAccess().partner(x));
            if (s.isEmpty()) {
                return CheckResult.pass(id, tenant, title, "None: the tenant's default settings apply to " + other
                        + ".");
            }
            List<String> parts = new ArrayList<>();
            for (String d : PartnerSettings.DIRECTIONS) {
                AccessSetting v = s.get().get(d);
                parts.add(PartnerSettings.words(d) + ": " + (v == null ? "as the default"
                        : v.name().toLowerCase(Locale.ROOT)) + (s.get().scoped(d)
                        ? " (for chosen users, groups or apps only)" : ""));
            }
            return CheckResult.pass(id, tenant, title, String.join("; ", parts) + ". What the plan does not name is"
                    + " kept.");
        });
    }

    private static void guests(Checks c, String tenant, TenantPorts p, List<Guest> guests) {
        String title = "The plan's guests now";
        c.run("NOW-03", tenant, title, () -> {
            List<String> here = new ArrayList<>();
            for (Guest g : guests) {
                String state = GuestInvitations.state(p.directory().findGuestByMail(g.email()));
                if (state != null) {
                    here.add(g.email() + " (" + state + ")");
                }
            }
            return CheckResult.pass("NOW-03", tenant, title, here.isEmpty() ? "None of the " + guests.size()
                    + " is a guest yet." : here.size() + " of " + guests.size() + " already: " + String.join(", ", here)
                    + ".");
        });
    }

    private static String barriers(List<BarrierSegment> segments, List<BarrierPolicyState> policies) {
        if (segments.isEmpty() && policies.isEmpty()) {
            return "None yet.";
        }
        return segments.size() + " segment" + (segments.size() == 1 ? "" : "s") + (segments.isEmpty() ? "" : " ("
                + String.join(", ", segments.stream().map(BarrierSegment::name).toList()) + ")") + "; "
                + policies.size() + " polic" + (policies.size() == 1 ? "y" : "ies") + (policies.isEmpty() ? "" : " ("
                + String.join(", ", policies.stream().map(x -> x.name() + (x.active() ? ", active" : ", inactive"))
                        .toList()) + ")") + ". The plan's are added; the others are kept.";
    }
}
