package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Routes a Graph call to the resource that answers it; also runs JSON $batch requests step by step. */
final class GraphApi {

    static final int MAX_BATCH = 20;

    private final Faults faults;
    private final UsersApi users;
    private final GroupsApi groups;
    private final PoliciesApi policies;
    private final CalendarApi calendar = new CalendarApi();
    private final GroupLicensing licensing;

    GraphApi(DemoDirectory directory, Faults faults) {
        this.faults = faults;
        this.licensing = new GroupLicensing(faults);
        this.users = new UsersApi(faults);
        this.groups = new GroupsApi(faults, licensing);
        this.policies = new PoliciesApi(directory);
    }

    /** One call, under the tenant's lock. Errors come back as Graph error responses, never as exceptions. */
    GraphResponse call(GraphRequest req) {
        try {
            if (req.segments.isEmpty()) {
                throw GraphError.noRoute(req.method, "/");
            }
            if (req.segments.get(0).equals("$batch")) {
                try {
                    return batch(req);
                } catch (GraphError e) {
                    faults.refusedBatch();
                    throw e;
                }
            }
            synchronized (req.tenant) {
                return route(req);
            }
        } catch (GraphError e) {
            return error(e);
        }
    }

    /** Told of every Graph call (a batch's steps one by one) as "METHOD /path": what a scenario really calls. */
    private volatile java.util.function.Consumer<String> calls = c -> { };

    void onCall(java.util.function.Consumer<String> listener) {
        calls = listener == null ? c -> { } : listener;
    }

    /** Who made each call: the signed-in user, or "" for an app or tenant-admin token. */
    private volatile java.util.function.BiConsumer<String, String> callers = (who, c) -> { };

    void onCallBy(java.util.function.BiConsumer<String, String> listener) {
        callers = listener == null ? (who, c) -> { } : listener;
    }

    private GraphResponse route(GraphRequest asked) {
        calls.accept(asked.method + " /" + String.join("/", asked.segments));
        callers.accept(asked.caller == null || asked.caller.userPrincipalName() == null ? ""
                : asked.caller.userPrincipalName(), asked.method + " /" + String.join("/", asked.segments));
        GraphRequest req = asked;
        if (asked.segments.get(0).equals("me") && !asked.path.equals("me/memberOf")) {
            // GET /me itself needs only User.Read (user-get); under it, the /users/{id} path's permissions.
            if (asked.segments.size() == 1) {
                Permissions.check(asked);
            }
            req = asked.asSignedInUser();
            if (asked.segments.size() == 1) {
                licensing.process(req.tenant);
                return users.handle(req);
            }
        }
        Permissions.check(req);
        licensing.process(req.tenant);
        String root = req.segments.get(0);
        return switch (root) {
            case "users" -> {
                if (req.segments.size() >= 3 && (req.segments.get(2).equals("events")
                        || req.segments.get(2).equals("onlineMeetings"))) {
                    yield calendar.handle(req, req.tenant.user(req.segments.get(1)));
                }
                yield users.handle(req);
            }
            case "me" -> MemberOf.me(req);
            case "applications" -> ApplicationsApi.applications(req);
            case "servicePrincipals" -> ApplicationsApi.createServicePrincipal(req);
            case "invitations" -> users.invite(req);
            case "groups" -> groups.groups(req);
            case "teams" -> groups.teams(req);
            case "policies" -> policies.crossTenantAccess(req);
            case "organization" -> policies.organization(req);
            case "domains" -> policies.domains(req);
            case "subscribedSkus" -> policies.subscribedSkus(req);
            case "directory" -> policies.subscriptions(req);
            case "tenantRelationships" -> policies.tenantRelationships(req);
            default -> {
                if (root.startsWith("servicePrincipals(")) {
                    yield policies.servicePrincipal(req);
                }
                throw GraphError.noRoute(req.method, req.path);
            }
        };
    }

    /**
     * Runs the steps in order. A step whose dependsOn failed answers 424; each step may be throttled on
     * its own (429 with Retry-After inside a 200 batch), as Graph evaluates throttling per request.
     */
    private GraphResponse batch(GraphRequest req) {
        if (!req.method.equals("POST") || req.segments.size() != 1) {
            throw GraphError.methodNotAllowed(req.method);
        }
        JsonNode requests = req.bodyObject().path("requests");
        if (!requests.isArray() || requests.isEmpty()) {
            throw new GraphError(400, "BadRequest", "Invalid batch payload format: 'requests' is missing or empty.");
        }
        if (requests.size() > MAX_BATCH) {
            throw new GraphError(400, "BadRequest", "Batch request cannot contain more than " + MAX_BATCH
                    + " requests; it contains " + requests.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode r : requests) {
            String id = r.path("id").asText("");
            if (id.isEmpty() || !ids.add(id)) {
                throw new GraphError(400, "BadRequest", "Batch request ids must be present and unique; '" + id
                        + "' is not.");
            }
            if (r.path("url").asText("").isEmpty() || r.path("method").asText("").isEmpty()) {
                throw new GraphError(400, "BadRequest", "Batch request '" + id + "' needs a method and a url.");
            }
            for (JsonNode dep : r.path("dependsOn")) {
                if (!ids.contains(dep.asText()) || dep.asText().equals(id)) {
                    throw new GraphError(400, "BadRequest", "Batch request '" + id + "' depends on '" + dep.asText()
                            + "', which is not an earlier request of the batch.");
                }
            }
        }
        if (!BatchShapes.allowed(requests)) {
            throw new GraphError(400, "BadRequest", BatchShapes.REFUSED);
        }
        Map<String, Integer> statusById = new HashMap<>();
        ArrayNode responses = Json.array();
        for (JsonNode r : requests) {
            String id = r.path("id").asText();
            GraphResponse response = batchStep(req, r, statusById);
            statusById.put(id, response.status());
            ObjectNode item = Json.object();
            item.put("id", id);
            item.put("status", response.status());
            ObjectNode headers = item.putObject("headers");
            if (response.body() != null) {
                headers.put("Content-Type", "application/json;odata.metadata=minimal;odata.streaming=true;"
                        + "IEEE754Compatible=false;charset=utf-8");
            }
            response.headers().forEach(headers::put);
            if (response.body() != null) {
                item.set("body", response.body());
            }
            responses.add(item);
        }
        ObjectNode body = Json.object();
        body.set("responses", responses);
        return GraphResponse.ok(body);
    }

    private GraphResponse batchStep(GraphRequest outer, JsonNode step, Map<String, Integer> statusById) {
        for (JsonNode dep : step.path("dependsOn")) {
            Integer status = statusById.get(dep.asText());
            if (status == null || status >= 400) {
                return error(new GraphError(424, "FailedDependency", "The request was not run because request '"
                        + dep.asText() + "', on which it depends, failed."));
            }
        }
        GraphResponse refused = refusal(outer.tenant, step.path("method").asText("GET"));
        if (refused != null) {
            return refused;
        }
        String url = step.path("url").asText();
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return error(new GraphError(400, "BadRequest", "Batch request urls must be relative: '" + url + "'."));
        }
        url = url.startsWith("/") ? url.substring(1) : url;
        if (url.startsWith("v1.0/")) {
            url = url.substring(5);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        step.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        JsonNode body = step.has("body") && !step.get("body").isNull() ? step.get("body") : null;
        GraphRequest inner = new GraphRequest(outer.baseUrl, outer.tenant, outer.caller, step.path("method").asText(),
                url, body,
                headers);
        if (!inner.segments.isEmpty() && inner.segments.get(0).equals("$batch")) {
            return error(new GraphError(400, "BadRequest", "A batch cannot contain another batch."));
        }
        return call(inner);
    }

    /**
     * Whether this request is refused before it runs: by a fault (429 or 503) or, for a write, by the write
     * quota (429 with the honest wait). Counts every request for the demo's traffic figures.
     */
    GraphResponse refusal(TenantState tenant, String method) {
        GraphResponse refused = switch (faults.roll()) {
            case THROTTLE -> throttled(429);
            case UNAVAILABLE -> throttled(503);
            default -> {
                long waitMs = faults.quotaWait(tenant.tenantId, method);
                yield waitMs == 0 ? null : error(new GraphError(429, "TooManyRequests", "Too many requests: the"
                        + " tenant's write quota is used up. Please retry after the time given in Retry-After."))
                        .withHeader("Retry-After", Long.toString(Math.max(1, (waitMs + 999) / 1000)));
            }
        };
        faults.count(refused != null, !method.equalsIgnoreCase("GET") && !method.equalsIgnoreCase("HEAD"));
        return refused;
    }

    GraphResponse throttled(int status) {
        GraphError e = status == 429
                ? new GraphError(429, "TooManyRequests", "Too many requests. Please retry after the time given in"
                        + " Retry-After.")
                : new GraphError(503, "ServiceUnavailable", "The service is temporarily unavailable. Please retry"
                        + " after the time given in Retry-After.");
        return error(e).withHeader("Retry-After", Integer.toString(faults.retryAfterSeconds()));
    }

    static GraphResponse error(GraphError e) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        inner.put("request-id", java.util.UUID.randomUUID().toString());
        inner.put("client-request-id", java.util.UUID.randomUUID().toString());
        return GraphResponse.of(e.status(), body);
    }
}
