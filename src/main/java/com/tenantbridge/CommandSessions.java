package com.tenantbridge;

import com.tenantbridge.auth.AuthSettings;
import com.tenantbridge.auth.TenantSignIn;
import com.tenantbridge.auth.TokenCacheStore;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.engine.TenantSessions;
import com.tenantbridge.service.port.SignInMethod;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tenants one command reaches, from its --tenant options: "demo" starts the demo tenant inside the
 * process (its state in the user's data folder, shared with the wizard and later commands); "demo@URL" uses
 * one that runs elsewhere; anything else names a Microsoft 365 tenant to sign in to, by device code.
 */
final class CommandSessions implements TenantSessions {

    @Override
    public Session open(List<String> tenants, RequiredAccess access, Consumer<String> messages) throws IOException {
        String first = tenants.get(0);
        if (first.equals("demo") || first.startsWith("demo@")) {
            if (tenants.size() > 1) {
                throw new IllegalArgumentException("--tenant demo reaches every tenant of the demo; give it once");
            }
            if (first.equals("demo")) {
                return demoInProcess(access);
            }
            String url = first.substring("demo@".length()).replaceAll("/+$", "");
            return new Opened(DemoConnections.discover(url.endsWith("/v1.0") ? url : url + "/v1.0",
                    access == null ? null : access.graphScopes()), null);
        }
        if (tenants.stream().anyMatch(t -> t.startsWith("demo"))) {
            throw new IllegalArgumentException("the demo tenant cannot be mixed with Microsoft 365 tenants");
        }
        if (access == null || messages == null) {
            throw new IllegalArgumentException("this command cannot sign in to Microsoft 365 tenants");
        }
        TokenCacheStore cache = TokenCacheStore.open(DataFolders.userData());
        messages.accept("Signing in for " + (access.scenario() == null ? "every scenario"
                : access.scenario().title()) + ". Microsoft Graph permissions requested: "
                + String.join(", ", access.graphScopes())
                + (access.teamsPowerShell() ? "; Teams admin (PowerShell)" : "")
                + (access.compliancePowerShell() ? "; Security & Compliance (PowerShell)" : "") + ".");
        messages.accept(cache.description());
        Map<String, TenantSignIn> signIns = new LinkedHashMap<>();
        for (String tenant : tenants) {
            signIns.put(tenant, TenantSignIn.signIn(AuthSettings.fromEnvironment(), cache, tenant,
                    SignInMethod.DEVICE_CODE, Set.copyOf(access.graphScopes()), messages, uri -> { }));
            messages.accept("Signed in to " + tenant + " as " + signIns.get(tenant).username() + ".");
        }
        return new Opened(new Microsoft365Connections(signIns, access, messages), null);
    }

    private static Opened demoInProcess(RequiredAccess access) throws IOException {
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
        return new Opened(access == null ? all : all.signedInWith(access.graphScopes(), defaults), server);
    }

    /** {@code server}: the demo tenant this session started, stopped with it; null otherwise. */
    private record Opened(TenantConnections connections, DemoTenantServer server) implements Session {

        /** The demo tenant's organizers are always at hand; a Microsoft 365 organizer signs in here. */
        @Override
        public void signInOrganizer(DeploymentPlan plan, boolean asked, Consumer<String> messages) {
            if (!asked || plan.anonymousJoin() == null || plan.anonymousJoin().meeting() == null
                    || !(connections instanceof Microsoft365Connections m365)) {
                return;
            }
            String organizer = plan.anonymousJoin().meeting().organizer();
            String host = plan.hostTenant().domain();
            messages.accept("Now sign in as the meeting's organizer, " + organizer + " (permissions: "
                    + String.join(", ", RequiredAccess.ORGANIZER_SCOPES) + ").");
            TenantSignIn signIn = TenantSignIn.signIn(AuthSettings.fromEnvironment(), TokenCacheStore.open(
                    DataFolders.userData()), host, SignInMethod.DEVICE_CODE,
                    Set.copyOf(RequiredAccess.ORGANIZER_SCOPES), messages, uri -> { });
            if (!signIn.username().equalsIgnoreCase(organizer)) {
                messages.accept("Signed in as " + signIn.username() + ", not " + organizer + ": the meeting would be"
                        + " on " + signIn.username() + "'s calendar, so it is handed over to " + organizer
                        + " instead.");
                return;
            }
            m365.organizerSignedIn(host, signIn);
            messages.accept("Signed in as the organizer, " + organizer + ".");
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
    }
}
