package com.tenantbridge.cli;

import com.tenantbridge.auth.AuthSettings;
import com.tenantbridge.auth.SignInMethod;
import com.tenantbridge.auth.TenantSignIn;
import com.tenantbridge.auth.TokenCacheStore;
import com.tenantbridge.connect.DemoConnections;
import com.tenantbridge.connect.Microsoft365Connections;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.TenantPorts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tenants one command reaches, from its --tenant options: "demo" starts the demo tenant inside the
 * process (its state in the user's data folder, shared with the wizard and later commands); "demo@URL" uses
 * one that runs elsewhere; anything else names a Microsoft 365 tenant to sign in to.
 */
final class EngineSession implements AutoCloseable {

    private final TenantConnections connections;
    private final DemoTenantServer server;

    private EngineSession(TenantConnections connections, DemoTenantServer server) {
        this.connections = connections;
        this.server = server;
    }

    static EngineSession open(List<String> tenants) throws IOException {
        return open(tenants, (RequiredAccess) null, null);
    }

    /**
     * {@code plan} decides which permissions a Microsoft 365 sign-in asks for; {@code err} gets the device-code
     * instructions.
     */
    static EngineSession open(List<String> tenants, DeploymentPlan plan, PrintWriter err) throws IOException {
        return open(tenants, plan == null ? null : plan.requiredAccess(), err);
    }

    static EngineSession open(List<String> tenants, RequiredAccess access, PrintWriter err) throws IOException {
        if (tenants.isEmpty()) {
            return new EngineSession(NONE, null);
        }
        String first = tenants.get(0);
        if (first.equals("demo") || first.startsWith("demo@")) {
            if (tenants.size() > 1) {
                throw new IllegalArgumentException("--tenant demo reaches every tenant of the demo; give it once");
            }
            if (first.equals("demo")) {
                DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory()
                        .withData(DataFolders.demoTenant(), false));
                Set<String> domains = new HashSet<>();
                Map<String, String> defaults = new LinkedHashMap<>();
                server.tenants().forEach(t -> {
                    domains.addAll(t.domains());
                    t.domains().forEach(d -> defaults.put(d, t.defaultDomain()));
                });
                DemoConnections all = new DemoConnections(server.graphBaseUrl(), domains);
                // As on Microsoft 365: signed in as each tenant's admin with only the scopes the plan asks for.
                return new EngineSession(access == null ? all : all.signedInWith(access.graphScopes(), defaults),
                        server);
            }
            String url = first.substring("demo@".length()).replaceAll("/+$", "");
            return new EngineSession(DemoConnections.discover(url.endsWith("/v1.0") ? url : url + "/v1.0",
                    access == null ? null : access.graphScopes()), null);
        }
        if (tenants.stream().anyMatch(t -> t.startsWith("demo"))) {
            throw new IllegalArgumentException("the demo tenant cannot be mixed with Microsoft 365 tenants");
        }
        if (access == null || err == null) {
            throw new IllegalArgumentException("this command cannot sign in to Microsoft 365 tenants");
        }
        TokenCacheStore cache = TokenCacheStore.open(DataFolders.userData());
        err.println("Signing in for " + (access.scenario() == null ? "every scenario" : access.scenario().title())
                + ". Microsoft Graph permissions requested: "
                + String.join(", ", access.graphScopes()) + (access.teamsPowerShell() ? "; Teams admin (PowerShell)" : "")
                + (access.compliancePowerShell() ? "; Security & Compliance (PowerShell)" : "") + ".");
        err.println(cache.description());
        err.flush();
        Map<String, TenantSignIn> signIns = new LinkedHashMap<>();
        for (String tenant : tenants) {
            signIns.put(tenant, TenantSignIn.signIn(AuthSettings.fromEnvironment(), cache, tenant,
                    SignInMethod.DEVICE_CODE, Set.copyOf(access.graphScopes()), message -> {
                        err.println(message);
                        err.flush();
                    }, uri -> { }));
            err.println("Signed in to " + tenant + " as " + signIns.get(tenant).username() + ".");
            err.flush();
        }
        return new EngineSession(new Microsoft365Connections(signIns, access, message -> {
            err.println(message);
            err.flush();
        }), null);
    }

    TenantConnections connections() {
        return connections;
    }

    /**
     * The anonymous-join organizer's own sign-in to the host tenant, with only the organizer's scopes, when asked
     * for; the demo tenant's organizers are always at hand. A different account than the plan's organizer is said.
     */
    void signInOrganizer(DeploymentPlan plan, boolean asked, PrintWriter err) {
        if (!asked || plan.anonymousJoin() == null || plan.anonymousJoin().meeting() == null
                || !(connections instanceof Microsoft365Connections m365)) {
            return;
        }
        String organizer = plan.anonymousJoin().meeting().organizer();
        String host = plan.hostTenant().domain();
        err.println("Now sign in as the meeting's organizer, " + organizer + " (permissions: "
                + String.join(", ", RequiredAccess.ORGANIZER_SCOPES) + ").");
        err.flush();
        TenantSignIn signIn = TenantSignIn.signIn(AuthSettings.fromEnvironment(), TokenCacheStore.open(
                DataFolders.userData()), host, SignInMethod.DEVICE_CODE, Set.copyOf(RequiredAccess.ORGANIZER_SCOPES),
                message -> {
                    err.println(message);
                    err.flush();
                }, uri -> { });
        if (!signIn.username().equalsIgnoreCase(organizer)) {
            err.println("Signed in as " + signIn.username() + ", not " + organizer + ": the meeting would be on "
                    + signIn.username() + "'s calendar, so it is handed over to " + organizer + " instead.");
            err.flush();
            return;
        }
        m365.organizerSignedIn(host, signIn);
        err.println("Signed in as the organizer, " + organizer + ".");
        err.flush();
    }

    @Override
    public void close() {
        if (connections instanceof Microsoft365Connections m) {
            m.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** No tenant at all: everything is planned as desired state, for runbooks. */
    static final TenantConnections NONE = new TenantConnections() {
        @Override
        public Optional<TenantPorts> ports(String domain) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "no tenant";
        }
    };
}
