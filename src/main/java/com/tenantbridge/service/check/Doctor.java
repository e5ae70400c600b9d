package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.PowerShellInventory;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.TenantInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A first, read-only look at a tenant before anything is planned: the sign-in, the admin's directory roles against
 * what each part of the work needs, licences and free seats, PowerShell and its modules, barrier prerequisites, and
 * what would be handed to someone else. It only reads: no write reaches any tenant.
 */
public final class Doctor {

    private final PowerShellInventory powerShell;

    public Doctor(PowerShellInventory powerShell) {
        this.powerShell = powerShell;
    }

    /**
     * {@code parts}: what the admin means to do here (the plan's access, or every scenario's); {@code plan} may be
     * null. {@code granted}: the Graph permissions the sign-in was given.
     */
    public List<CheckResult> examine(String tenant, TenantConnections connections, List<RequiredAccess> parts,
            DeploymentPlan plan, List<String> granted) {
        Checks c = new Checks();
        TenantPorts p = connections.ports(tenant).orElse(null);
        if (p == null) {
            c.add(CheckResult.fail("DOC-01", tenant, "Signed in", "Not signed in to " + tenant + ".", "Give it with"
                    + " --tenant (or sign in on the Connect step), then run the doctor again."));
            return c.results;
        }
        c.run("DOC-01", tenant, "Signed in", () -> {
            TenantInfo info = p.directory().tenant();
            return CheckResult.pass("DOC-01", tenant, "Signed in", info.displayName() + " (" + info.tenantId()
                    + "), with Microsoft Graph permissions " + String.join(", ", granted) + ".");
        });
        List<String> held = new ArrayList<>();
        c.run("DOC-02", tenant, "Your directory roles", () -> {
            held.addAll(p.directory().signedInRoles());
            return CheckResult.pass("DOC-02", tenant, "Your directory roles", held.isEmpty() ? "None active."
                    : String.join(", ", held) + ".");
        });
        boolean rolesRead = c.results.get(c.results.size() - 1).status() == CheckStatus.PASS;
        for (RequiredAccess part : parts) {
            if (rolesRead) {
                roles(c, tenant, part, held);
            } else {
                c.add(CheckResult.unknown("DOC-02-" + part.scenario().jsonName(), tenant, "Roles for "
                        + part.scenario().title(), "Needs " + String.join(", ", part.adminRoles()) + "; your roles"
                        + " could not be read.", "Check them in the Microsoft Entra admin center (Roles and"
                        + " administrators), or sign in with User.Read allowed."));
            }
        }
        c.run("DOC-03", tenant, "Licences and free seats", () -> licences(tenant, p.licensing().subscribedSkus()));
        boolean powerShellReady = !connections.settingsThroughPowerShell() ? notNeeded(c, tenant)
                : powerShell(c, tenant);
        if (plan != null && plan.vendors() != null && plan.vendors().informationBarriers() != null
                && tenant.equalsIgnoreCase(plan.hostTenant().domain())) {
            BarrierPrerequisites.check(c, tenant, p);
        }
        TenantNow.read(c, tenant, p, plan);
        c.add(HandoverCheck.of(tenant, connections, plan, powerShellReady));
        return c.results;
    }

    /** Each part's roles, any one of "A or B" enough; a Global Administrator holds them all. */
    private static void roles(Checks c, String tenant, RequiredAccess part, List<String> held) {
        String id = "DOC-02-" + part.scenario().jsonName();
        String title = "Roles for " + part.scenario().title();
        List<String> missing = new ArrayList<>();
        for (String need : part.adminRoles()) {
            List<String> anyOf = roleNames(need);
            if (!anyOf.isEmpty() && held.stream().noneMatch(h -> h.equalsIgnoreCase("Global Administrator")
                    || anyOf.stream().anyMatch(a -> a.equalsIgnoreCase(h)))) {
                missing.add(need);
            }
        }
        c.add(missing.isEmpty() ? CheckResult.pass(id, tenant, title, "Needs " + String.join(", ", part.adminRoles())
                + "; you hold what it takes.")
                : CheckResult.fail(id, tenant, title, "Missing: " + String.join(", ", missing) + ".", "Have a"
                        + " Privileged Role Administrator assign the role (or activate it in Privileged Identity"
                        + " Management), or hand this part to an admin who holds it."));
    }

    /** "Guest Inviter or User Administrator" → both; "Security Administrator (…)" → the name; a note → none. */
    static List<String> roleNames(String need) {
        if (!need.contains("Administrator") && !need.contains("Inviter")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : need.replaceAll("\\(.*?\\)", "").split(" or ")) {
            out.add(part.strip());
        }
        return out;
    }

    private static CheckResult licences(String tenant, List<SkuInfo> skus) {
        String title = "Licences and free seats";
        if (skus.isEmpty()) {
            return CheckResult.warn("DOC-03", tenant, title, "No subscriptions.", "Buy the licences the plan needs"
                    + " (a licence with Teams; Field Service for annotations) before planning.");
        }
        List<String> lines = skus.stream().map(s -> s.partNumber() + ": " + Math.max(0, s.enabled() - s.consumed())
                + " free of " + s.enabled()).toList();
        return CheckResult.pass("DOC-03", tenant, title, String.join("; ", lines) + ".");
    }

    private static boolean notNeeded(Checks c, String tenant) {
        c.add(CheckResult.pass("DOC-05-powershell7", tenant, "PowerShell 7", "Not needed: this tenant's Teams and"
                + " barrier settings are set without it."));
        return true;
    }

    private boolean powerShell(Checks c, String tenant) {
        boolean ready = true;
        for (PowerShellInventory.Item item : powerShell.read()) {
            String id = "DOC-05-" + item.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
            String found = item.found() == null ? "not found" : item.found();
            if (item.ready()) {
                c.add(CheckResult.pass(id, tenant, item.name(), found + (item.least() == null ? "."
                        : " (at least " + item.least() + ").")));
            } else {
                ready = false;
                c.add(CheckResult.warn(id, tenant, item.name(), found + "; at least " + item.least() + " is needed.",
                        item.fix()));
            }
        }
        return ready;
    }
}
