package com.tenantbridge.demoadmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.PortException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls one demo tenant's admin paths (/_demo/tenants/{domain}/…), where its Teams-only state lives. */
final class DemoAdminClient {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String tenantBase;
    /** The tenant's own token: the demo tenant lets it reach that tenant's admin paths only. */
    private final String token;

    /** {@code graphBaseUrl} is e.g. http://127.0.0.1:8765/v1.0. */
    DemoAdminClient(String graphBaseUrl, String tenantDomain) {
        this.tenantBase = graphBaseUrl.replaceFirst("/v1\\.0/?$", "") + "/_demo/tenants/"
                + URLEncoder.encode(tenantDomain, StandardCharsets.UTF_8);
        this.token = "Bearer demo:" + tenantDomain;
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode send(String method, String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tenantBase + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
            if (r.statusCode() >= 400) {
                String message = method + " " + path + ": " + json.at("/error/message").asText(r.body());
                String code = json.at("/error/code").asText("");
                if (r.statusCode() == 404) {
                    throw new NotFoundException(404, code, message, null);
                }
                throw new PortException(r.statusCode(), code, message, null);
            }
            return json;
        } catch (IOException e) {
            throw new PortException(0, "", "the demo tenant did not answer " + method + " " + path + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("interrupted");
        }
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
