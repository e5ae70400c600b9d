package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo tenant's own admin paths under /_demo — deliberately not Graph. They hold what Graph does not
 * expose (Teams federation, meeting and client settings, information barriers), in the shapes the
 * MicrosoftTeams and ExchangeOnlineManagement cmdlets use, and let a test or a presenter change faults,
 * redeem an invitation, or reset a tenant while the server runs.
 */
final class AdminApi {

    /** Field name → expected JSON kind for each Teams settings object, as the cmdlets name them. */
    private static final Map<String, Map<String, Kind>> TEAMS_SHAPES = Map.of(
            "federation", Map.of(
                    "Identity", Kind.TEXT,
                    "AllowFederatedUsers", Kind.BOOLEAN,
                    "AllowedDomains", Kind.DOMAINS_OR_ALL,
                    "BlockedDomains", Kind.DOMAINS,
                    "BlockAllSubdomains", Kind.BOOLEAN,
                    "AllowTeamsConsumer", Kind.BOOLEAN,
                    "AllowTeamsConsumerInbound", Kind.BOOLEAN,
                    "ExternalAccessWithTrialTenants", Kind.TRIAL_TENANTS),
            "meetingConfiguration", Map.of(
                    "Identity", Kind.TEXT,
                    "DisableAnonymousJoin", Kind.BOOLEAN),
            "clientConfiguration", Map.of(
                    "Identity", Kind.TEXT,
                    "AllowGuestUser", Kind.BOOLEAN));
    private static final Map<String, Kind> MEETING_POLICY = Map.of(
            "Identity", Kind.TEXT,
            "AllowAnonymousUsersToJoinMeeting", Kind.BOOLEAN,
            "AllowAnonymousUsersToStartMeeting", Kind.BOOLEAN,
            "AutoAdmittedUsers", Kind.AUTO_ADMITTED,
            "AllowPSTNUsersToBypassLobby", Kind.BOOLEAN,
            "Description", Kind.TEXT,
            // Set-CsTeamsMeetingPolicy: what else can stop or gate an anonymous participant.
            "AnonymousUserAuthenticationMethod", Kind.TEXT,
            "CaptchaVerificationForMeetingJoin", Kind.TEXT,
            "BlockedAnonymousJoinClientTypes", Kind.TEXT_LIST);
    private static final Map<String, Kind> SEGMENT = Map.of(
            "Name", Kind.TEXT,
            "UserGroupFilter", Kind.TEXT);
    private static final Map<String, Kind> BARRIER_POLICY = Map.of(
            "Name", Kind.TEXT,
            "AssignedSegment", Kind.TEXT,
            "SegmentsAllowed", Kind.TEXT_LIST,
            "SegmentsBlocked", Kind.TEXT_LIST,
            "State", Kind.POLICY_STATE);

    enum Kind {
        TEXT, BOOLEAN, DOMAINS, DOMAINS_OR_ALL, TRIAL_TENANTS, AUTO_ADMITTED, TEXT_LIST, POLICY_STATE
    }

    static final Set<String> AUTO_ADMITTED = Set.of("EveryoneInCompany", "EveryoneInSameAndFederatedCompany",
            "Everyone", "OrganizerOnly", "EveryoneInCompanyExcludingGuests", "InvitedUsers");

    private final DemoDirectory directory;
    private final Faults faults;

    AdminApi(DemoDirectory directory, Faults faults) {
        this.directory = directory;
        this.faults = faults;
    }

    GraphResponse handle(String method, String path, String query, JsonNode body) {
        List<String> s = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty())
                .map(p -> java.net.URLDecoder.decode(p, java.nio.charset.StandardCharsets.UTF_8)).toList();
        try {
            return route(method.toUpperCase(java.util.Locale.ROOT), s, body);
        } catch (IllegalArgumentException e) {
            return GraphApi.error(GraphError.badRequest(e.getMessage()));
        } catch (GraphError e) {
            return GraphApi.error(e);
        }
    }

    private GraphResponse route(String method, List<String> s, JsonNode body) {
        if (s.isEmpty()) {
            ObjectNode overview = Json.object();
            overview.set("tenants", tenantList());
            overview.set("faults", faults.toJson());
            return GraphResponse.ok(overview);
        }
        switch (s.get(0)) {
            case "faults" -> {
                if (method.equals("PATCH") || method.equals("PUT")) {
                    faults.update(AdminItems.object(body));
                } else if (!method.equals("GET")) {
                    throw GraphError.methodNotAllowed(method);
                }
                return GraphResponse.ok(faults.toJson());
            }
            case "reset" -> {
                AdminItems.requireMethod(method, "POST");
                directory.resetAll();
                return GraphResponse.noContent();
            }
            case "tenants" -> {
                if (s.size() == 1) {
                    AdminItems.requireMethod(method, "GET");
                    ObjectNode list = Json.object();
                    list.set("value", tenantList());
                    return GraphResponse.ok(list);
                }
                TenantState tenant = directory.find(s.get(1))
                        .orElseThrow(() -> new GraphError(404, "NotFound", "No demo tenant " + s.get(1) + "."));
                if (s.size() == 3 && s.get(2).equals("reset")) {
                    AdminItems.requireMethod(method, "POST");
                    directory.reset(tenant);
                    return GraphResponse.noContent();
                }
                synchronized (tenant) {
                    return tenantRoute(method, tenant, s.subList(2, s.size()), body);
                }
            }
            default -> throw GraphError.noRoute(method, "/_demo/" + String.join("/", s));
        }
    }

    private ArrayNode tenantList() {
        ArrayNode list = Json.array();
        for (TenantState t : directory.all()) {
            ObjectNode n = list.addObject();
            n.put("displayName", t.displayName);
            n.put("tenantId", t.tenantId);
            n.put("defaultDomain", t.defaultDomain());
            n.put("token", DemoTenantServer.tokenFor(t.defaultDomain()));
            ArrayNode domains = n.putArray("domains");
            t.domains.forEach(d -> domains.add(d.path("id").asText()));
        }
        return list;
    }

    private GraphResponse tenantRoute(String method, TenantState t, List<String> s, JsonNode body) {
        if (s.isEmpty()) {
            throw GraphError.noRoute(method, "tenant");
        }
        return switch (s.get(0)) {
            case "teams" -> teams(method, t, s.subList(1, s.size()), body);
            case "informationBarriers" -> barriers(method, t, s.subList(1, s.size()), body);
            case "skus" -> {
                // Seats a demo needs, e.g. a thousand Remote Assist licences for an onboarding benchmark.
                if (s.size() != 2) {
                    throw GraphError.noRoute(method, "skus");
                }
                AdminItems.requireMethod(method, "PATCH");
                if (body == null || !body.has("enabled")) {
                    throw GraphError.badRequest("enabled must be a number of seats, 0 or more.");
                }
                int enabled;
                try {
                    enabled = (int) AdminValues.whole(body, "enabled", 0, 0, 10_000_000);
                } catch (IllegalArgumentException e) {
                    throw GraphError.badRequest(e.getMessage() + ".");
                }
                ObjectNode sku = t.subscribedSkus.stream().filter(k -> k.path("skuPartNumber").asText()
                        .equalsIgnoreCase(s.get(1))).findFirst().orElseThrow(() -> new GraphError(404,
                                "Request_ResourceNotFound", "No subscribed SKU " + s.get(1) + " in " + t.displayName
                                        + "."));
                ((ObjectNode) sku.path("prepaidUnits")).put("enabled", enabled);
                t.markChanged();
                yield GraphResponse.ok(sku.deepCopy());
            }
            case "users" -> {
                if (s.size() == 3 && s.get(2).equals("redeem")) {
                    AdminItems.requireMethod(method, "POST");
                    ObjectNode user = t.user(s.get(1));
                    if (!"Guest".equals(user.path("userType").asText())) {
                        throw GraphError.badRequest(s.get(1) + " is not a guest.");
                    }
                    user.put("externalUserState", "Accepted");
                    user.put("externalUserStateChangeDateTime", Instant.ofEpochMilli(t.now()).toString());
                    t.markChanged();
                    yield GraphResponse.ok(user.deepCopy());
                }
                throw GraphError.noRoute(method, "users");
            }
            default -> throw GraphError.noRoute(method, s.get(0));
        };
    }

    // ---- Teams settings -----------------------------------------------------------------------------

    private GraphResponse teams(String method, TenantState t, List<String> s, JsonNode body) {
        if (s.isEmpty()) {
            AdminItems.requireMethod(method, "GET");
            return GraphResponse.ok(t.teams.deepCopy());
        }
        String area = s.get(0);
        if (TEAMS_SHAPES.containsKey(area) && s.size() == 1) {
            ObjectNode settings = t.teams.with(area);
            if (method.equals("PATCH")) {
                ObjectNode patch = AdminItems.object(body);
                AdminItems.check(patch, TEAMS_SHAPES.get(area), area);
                settings.setAll(AdminItems.copyOf(patch));
                t.markChanged();
            } else {
                AdminItems.requireMethod(method, "GET");
            }
            return GraphResponse.ok(settings.deepCopy());
        }
        if (area.equals("meetingPolicies")) {
            return AdminItems.named(method, t, t.teams.withArray("meetingPolicies"), "Identity", MEETING_POLICY, s,
                    body);
        }
        if (area.equals("meetingPolicyAssignments")) {
            ObjectNode assignments = t.teams.with("meetingPolicyAssignments");
            if (s.size() == 1) {
                AdminItems.requireMethod(method, "GET");
                return GraphResponse.ok(assignments.deepCopy());
            }
            ObjectNode user = t.user(s.get(1));
            String upn = user.path("userPrincipalName").asText();
            switch (method) {
                case "PUT" -> {
                    String policy = AdminItems.object(body).path("PolicyName").asText("");
                    boolean exists = false;
                    for (JsonNode p : t.teams.withArray("meetingPolicies")) {
                        exists |= p.path("Identity").asText().equalsIgnoreCase(policy);
                    }
                    if (!exists) {
                        throw GraphError.badRequest("No meeting policy named '" + policy + "'.");
                    }
                    assignments.put(upn, policy);
                }
                case "DELETE" -> assignments.remove(upn);
                case "GET" -> {
                }
                default -> throw GraphError.methodNotAllowed(method);
            }
            t.markChanged();
            ObjectNode result = Json.object();
            result.put("Identity", upn);
            result.put("PolicyName", assignments.path(upn).asText("Global"));
            return GraphResponse.ok(result);
        }
        throw GraphError.noRoute(method, "teams/" + String.join("/", s));
    }

    // ---- information barriers -----------------------------------------------------------------------

    private GraphResponse barriers(String method, TenantState t, List<String> s, JsonNode body) {
        ObjectNode ib = t.informationBarriers;
        if (s.isEmpty()) {
            AdminItems.requireMethod(method, "GET");
            ObjectNode all = ib.deepCopy();
            all.set("application", applicationStatus(t));
            return GraphResponse.ok(all);
        }
        return switch (s.get(0)) {
            case "segments" -> AdminItems.named(method, t, ib.withArray("segments"), "Name", SEGMENT, s, body);
            case "policies" -> {
                if (method.equals("POST") && s.size() == 1) {
                    checkPolicySegments(ib, AdminItems.object(body));
                }
                yield AdminItems.named(method, t, ib.withArray("policies"), "Name", BARRIER_POLICY, s, body);
            }
            case "application" -> {
                if (method.equals("POST")) {
                    ObjectNode app = ib.with("application");
                    app.put("StartTime", Instant.ofEpochMilli(t.now()).toString());
                    app.put("_startedAt", t.now());
                    app.put("PoliciesApplied", activePolicyCount(ib));
                    t.markChanged();
                } else {
                    AdminItems.requireMethod(method, "GET");
                }
                yield GraphResponse.ok(applicationStatus(t));
            }
            default -> throw GraphError.noRoute(method, "informationBarriers/" + s.get(0));
        };
    }

    private static void checkPolicySegments(ObjectNode ib, ObjectNode policy) {
        List<String> names = new java.util.ArrayList<>();
        ib.withArray("segments")
                .forEach(seg -> names.add(seg.path("Name").asText().toLowerCase(java.util.Locale.ROOT)));
        List<String> referenced = new java.util.ArrayList<>();
        referenced.add(policy.path("AssignedSegment").asText(""));
        policy.path("SegmentsAllowed").forEach(x -> referenced.add(x.asText()));
        policy.path("SegmentsBlocked").forEach(x -> referenced.add(x.asText()));
        for (String r : referenced) {
            if (!names.contains(r.toLowerCase(java.util.Locale.ROOT))) {
                throw GraphError.badRequest("The segment '" + r + "' does not exist.");
            }
        }
        if (policy.has("SegmentsAllowed") && policy.has("SegmentsBlocked")) {
            throw GraphError.badRequest("A policy either allows or blocks segments, not both.");
        }
    }

    private static int activePolicyCount(ObjectNode ib) {
        int n = 0;
        for (JsonNode p : ib.withArray("policies")) {
            n += "Active".equals(p.path("State").asText()) ? 1 : 0;
        }
        return n;
    }

    /** Like Get-InformationBarrierPoliciesApplicationStatus: NotStarted, InProgress, then Completed. */
    private ObjectNode applicationStatus(TenantState t) {
        ObjectNode app = t.informationBarriers.with("application");
        ObjectNode status = Json.object();
        if (!app.has("_startedAt")) {
            status.put("Status", "NotStarted");
            status.put("PercentProgress", 0);
            return status;
        }
        long elapsed = t.now() - app.path("_startedAt").asLong();
        long duration = faults.barrierApplicationMs();
        boolean done = elapsed >= duration;
        status.put("Status", done ? "Completed" : "InProgress");
        status.put("StartTime", app.path("StartTime").asText());
        status.put("PercentProgress", done ? 100 : (int) Math.min(99, elapsed * 100 / Math.max(1, duration)));
        status.put("PoliciesApplied", app.path("PoliciesApplied").asInt());
        if (done) {
            status.put("EndTime", Instant.ofEpochMilli(app.path("_startedAt").asLong() + duration).toString());
        }
        return status;
    }

}
