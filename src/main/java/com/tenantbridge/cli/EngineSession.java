package com.tenantbridge.cli;

import com.tenantbridge.connect.DemoConnections;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.TenantPorts;
import java.io.IOException;
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
                server.tenants().forEach(t -> domains.addAll(t.domains()));
                return new EngineSession(new DemoConnections(server.graphBaseUrl(), domains), server);
            }
            String url = first.substring("demo@".length()).replaceAll("/+$", "");
            return new EngineSession(DemoConnections.discover(url.endsWith("/v1.0") ? url : url + "/v1.0"), null);
        }
        if (tenants.stream().anyMatch(t -> t.startsWith("demo"))) {
            throw new IllegalArgumentException("the demo tenant cannot be mixed with Microsoft 365 tenants");
        }
        throw new IllegalArgumentException("signing in to Microsoft 365 tenants (" + String.join(", ", tenants)
                + ") is not available from the command line in this build; use --tenant demo, or write the runbook");
    }

    TenantConnections connections() {
        return connections;
    }

    @Override
    public void close() {
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
