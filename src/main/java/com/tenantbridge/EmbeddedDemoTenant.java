package com.tenantbridge;

import com.tenantbridge.ui.connect.DemoTenantRunner;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.engine.TenantConnections;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** The demo tenant running inside the wizard on a free loopback port, its state in the user's data folder. */
public final class EmbeddedDemoTenant implements DemoTenantRunner, AutoCloseable {

    private final DemoOptions options;
    private DemoTenantServer server;

    public EmbeddedDemoTenant(Path dataDir) {
        this.options = DemoOptions.inMemory().withData(dataDir, false);
    }

    private EmbeddedDemoTenant(DemoOptions options) {
        this.options = options;
    }

    /** Nothing on disk: for tests and throw-away demos. */
    public static EmbeddedDemoTenant inMemory() {
        return new EmbeddedDemoTenant(DemoOptions.inMemory());
    }

    @Override
    public synchronized Running start() throws IOException {
        if (server == null) {
            server = DemoTenantServer.start(options);
        }
        return new Running(server.graphBaseUrl(), server.tenants().stream().map(t -> {
            java.util.List<String> domains = new java.util.ArrayList<>();
            domains.add(t.defaultDomain());
            t.domains().stream().filter(d -> !d.equalsIgnoreCase(t.defaultDomain())).forEach(domains::add);
            return new Tenant(t.displayName(), domains);
        }).toList());
    }

    @Override
    public synchronized void reset() throws IOException {
        start();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.graphBaseUrl().replace("/v1.0", "/_demo/reset")))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                throw new IOException("the demo tenant refused the reset (HTTP " + status + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public synchronized TenantConnections connect(java.util.Set<String> domains, java.util.List<String> scopes,
            java.util.Map<String, String> defaultDomains) {
        if (server == null) {
            throw new IllegalStateException("the demo tenant is not running");
        }
        return new DemoConnections(server.graphBaseUrl(), domains).signedInWith(scopes, defaultDomains);
    }

    /** What the running demo tenant has answered so far (requests, writes), to see what a step wrote. */
    public synchronized DemoTenantServer.Traffic traffic() {
        return server == null ? new DemoTenantServer.Traffic(0, 0, 0, 0) : server.traffic();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
