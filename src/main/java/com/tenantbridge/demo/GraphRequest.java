package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Graph call, whether it came over HTTP or from inside a $batch: the tenant it is for, the method,
 * the path below /v1.0 split into segments, the query options and the JSON body.
 */
final class GraphRequest {

    final TenantState tenant;
    /** Who the token says is calling, and with which permissions. */
    final Caller caller;
    final String method;
    final String path;
    final List<String> segments;
    final Map<String, String> query;
    final JsonNode body;
    final Map<String, String> headers;
    /** e.g. http://127.0.0.1:8443/v1.0, for @odata.context and @odata.nextLink. */
    final String baseUrl;

    GraphRequest(String baseUrl, TenantState tenant, Caller caller, String method, String pathAndQuery, JsonNode body,
            Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
        this.caller = caller;
        this.method = method.toUpperCase(Locale.ROOT);
        int q = pathAndQuery.indexOf('?');
        String rawPath = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        this.query = q < 0 ? Map.of() : parseQuery(pathAndQuery.substring(q + 1));
        this.path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        this.segments = split(this.path);
        this.body = body;
        this.headers = headers;
    }

    private GraphRequest(GraphRequest o, List<String> segments) {
        this.baseUrl = o.baseUrl;
        this.tenant = o.tenant;
        this.caller = o.caller;
        this.method = o.method;
        this.query = o.query;
        this.path = String.join("/", segments);
        this.segments = List.copyOf(segments);
        this.body = o.body;
        this.headers = o.headers;
    }

    /**
     * This request with /me read as the signed-in user's /users/{id} ("GET /me", user-get; "POST /me/events",
     * user-post-events): Graph documents /me as that alias for every path under it.
     */
    GraphRequest asSignedInUser() {
        if (caller == null || caller.userPrincipalName() == null) {
            throw new GraphError(400, "BadRequest", "/me request is only valid with delegated authentication flow.");
        }
        List<String> out = new java.util.ArrayList<>();
        out.add("users");
        out.add(tenant.user(caller.userPrincipalName()).path("id").asText());
        out.addAll(segments.subList(1, segments.size()));
        return new GraphRequest(this, out);
    }

    ObjectNode bodyObject() {
        if (body instanceof ObjectNode node) {
            return node;
        }
        throw GraphError.badRequest("Empty Payload. JSON content expected.");
    }

    String queryOption(String name) {
        return query.get(name);
    }

    String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Splits on '/' outside parentheses and quotes, so users('a/b') and $ref stay whole; decodes each part. */
    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : path.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
            if (c == '/' && depth == 0 && !quoted) {
                if (cur.length() > 0) {
                    parts.add(decode(cur.toString()));
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(decode(cur.toString()));
        }
        return List.copyOf(parts);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            // OData system options are case-insensitive ($Filter = $filter); other parameters are not.
            map.put(key.startsWith("$") ? key.toLowerCase(Locale.ROOT) : key, value);
        }
        return map;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
