package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.graph.GraphClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One in-memory demo tenant per test class, reset to its seed before every test, and Graph SDK clients
 * for its tenants — the same SDK path the engine uses against Microsoft 365.
 */
abstract class DemoFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static DemoTenantServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws IOException {
        server = DemoTenantServer.start(DemoOptions.inMemory());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetTenants() {
        admin("PATCH", "/faults", "{\"latencyMs\":0,\"jitterMs\":0,\"throttleRate\":0,\"unavailableRate\":0,"
                + "\"retryAfterSeconds\":0,\"replicationLagMs\":0,\"throttleNext\":0,\"unavailableNext\":0,"
                + "\"writeQuota\":null}");
        admin("POST", "/reset", null);
    }

    static GraphServiceClient graph(String domain) {
        return GraphClients.demo(server.graphBaseUrl(), domain);
    }

    /** Calls an admin path (/_demo/…) and returns the status and JSON body. */
    static Raw admin(String method, String path, String body) {
        return send(method, server.graphBaseUrl().replace("/v1.0", "/_demo") + path, null, body);
    }

    /** A raw Graph call, for what the SDK will not send (e.g. a 21-step batch or no token). */
    static Raw raw(String method, String path, String token, String body) {
        return send(method, server.graphBaseUrl() + path, token, body);
    }

    record Raw(int status, JsonNode body, HttpResponse<String> response) {
    }

    private static Raw send(String method, String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? null : JSON.readTree(r.body());
            return new Raw(r.statusCode(), json, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
