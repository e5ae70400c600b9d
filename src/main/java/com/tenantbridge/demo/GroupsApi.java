package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** /groups with members/$ref, and /teams/{id} with its conversation members. A team is a group with a team. */
final class GroupsApi {

    private static final Set<String> GROUP_WRITABLE = Set.of("displayName", "description", "mailEnabled",
            "mailNickname", "securityEnabled", "groupTypes", "visibility", "membershipRule", "membershipRuleProcessingState");
    /** The id at the end of users('…'), directoryObjects/… or users/… in an @odata.id or @odata.bind. */
    private static final Pattern
            REFERENCE = Pattern.compile("(?:users|directoryObjects)(?:\\('([^']+)'\\)|/([^/?]+))$");

    private final Faults faults;
    private final GroupLicensing licensing;

    GroupsApi(Faults faults, GroupLicensing licensing) {
        this.faults = faults;
        this.licensing = licensing;
    }

    GraphResponse groups(GraphRequest req) {
        TenantState t = req.tenant;
        List<String> s = req.segments;
        if (s.size() == 1) {
            return switch (req.method) {
                case "GET" -> ODataList.page(req, t.groups.values().stream()
                        .filter(g -> t.visible(g.path("id").asText())).toList(), "groups", null);
                case "POST" -> createGroup(req);
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        ObjectNode group = t.group(s.get(1));
        String groupId = group.path("id").asText();
        if (s.size() == 2) {
            return switch (req.method) {
                case "GET" -> ODataList.entity(req, group, "groups", null);
                case "PATCH" -> {
                    ObjectNode body = req.bodyObject();
                    if (body.has(MEMBERS_BIND)) {
                        yield addMembers(t, groupId, body);
                    }
                    Bodies.rejectUnknown(body, GROUP_WRITABLE, "group");
                    Json.merge(group, body);
                    t.markChanged();
                    yield GraphResponse.noContent();
                }
                case "DELETE" -> {
                    licensing.groupDeleted(t, groupId, new ArrayList<>(t.membersOf(groupId).keySet()));
                    t.groups.remove(groupId);
                    t.memberships.remove(groupId);
                    t.markChanged();
                    yield GraphResponse.noContent();
                }
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        if (s.size() == 3 && s.get(2).equals("assignLicense") && req.method.equals("POST")) {
            return licensing.assign(req, group);
        }
        if (s.size() == 3 && s.get(2).equals("membersWithLicenseErrors") && req.method.equals("GET")) {
            return ODataList.page(req, licensing.membersWithErrors(t, groupId), "directoryObjects",
                    UsersApi.USER_DEFAULT);
        }
        if (!s.get(2).equals("members")) {
            throw GraphError.noRoute(req.method, req.path);
        }
        if (s.size() == 3 && req.method.equals("GET")) {
            List<ObjectNode> members = new ArrayList<>();
            for (String userId : t.membersOf(groupId).keySet()) {
                t.anyUser(userId).filter(u -> t.visible(userId)).ifPresent(u -> {
                    ObjectNode m = u.deepCopy();
                    m.put("@odata.type", "#microsoft.graph.user");
                    members.add(m);
                });
            }
            return ODataList.page(req, members, "directoryObjects", UsersApi.USER_DEFAULT);
        }
        if (s.size() == 4 && s.get(3).equals("$ref") && req.method.equals("POST")) {
            String userId = referencedId(req.bodyObject().path("@odata.id").asText(""), "@odata.id");
            ObjectNode user = t.user(userId);
            if (t.membersOf(groupId).containsKey(user.path("id").asText())) {
                throw GraphError.badRequest("One or more added object references already exist for the following"
                        + " modified properties: 'members'.");
            }
            addMembership(t, groupId, user, List.of());
            return GraphResponse.noContent();
        }
        if (s.size() == 5 && s.get(4).equals("$ref") && req.method.equals("DELETE")) {
            String userId = s.get(3);
            if (t.membersOf(groupId).remove(userId) == null) {
                throw GraphError.notFound(userId);
            }
            licensing.membershipChanged(t, groupId, userId, false);
            t.markChanged();
            return GraphResponse.noContent();
        }
        throw GraphError.noRoute(req.method, req.path);
    }

    private static final String MEMBERS_BIND = "members@odata.bind";
    /** group-post-members: "You can add up to 20 members in a single request." */
    static final int MAX_MEMBERS_PER_PATCH = 20;

    /**
     * Several members in one PATCH (https://learn.microsoft.com/graph/api/group-post-members, "Add multiple members
     * to a group in a single request"). All or nothing: a reference that does not resolve (not there yet, or
     * never) or one already a member fails the whole request with Graph's words, and nobody is added.
     */
    private GraphResponse addMembers(TenantState t, String groupId, ObjectNode body) {
        JsonNode refs = body.get(MEMBERS_BIND);
        // The SDKs write the entity's @odata.type along; Graph takes it.
        long others = java.util.stream.StreamSupport.stream(((Iterable<String>) body::fieldNames).spliterator(), false)
                .filter(f -> !f.equals(MEMBERS_BIND) && !f.equals("@odata.type")).count();
        if (others > 0 || !refs.isArray() || refs.isEmpty()) {
            throw GraphError.badRequest("Invalid value for property '" + MEMBERS_BIND + "': an array of directory"
                    + " object URLs, alone in the request.");
        }
        if (refs.size() > MAX_MEMBERS_PER_PATCH) {
            // The page gives the limit, not the words of the refusal: these are the demo tenant's own.
            throw GraphError.badRequest("A single request may add at most " + MAX_MEMBERS_PER_PATCH
                    + " members; this one adds " + refs.size() + ".");
        }
        List<ObjectNode> users = new ArrayList<>();
        for (JsonNode ref : refs) {
            String id = referencedId(ref.asText(""), MEMBERS_BIND);
            ObjectNode user = t.anyUser(id).filter(u -> t.visible(u.path("id").asText())).orElseThrow(() ->
                    GraphError.badRequest("The source resource object or one of the objects being referenced do not"
                            + " exist."));
            if (t.membersOf(groupId).containsKey(user.path("id").asText())) {
                throw GraphError.badRequest("One or more added object references already exist for the following"
                        + " modified properties: 'members'.");
            }
            users.add(user);
        }
        users.forEach(u -> addMembership(t, groupId, u, List.of()));
        return GraphResponse.noContent();
    }

    /** The users an @odata.bind array names; one that does not exist refuses the request. */
    private static List<ObjectNode> bound(TenantState t, JsonNode refs) {
        List<ObjectNode> users = new ArrayList<>();
        if (refs == null) {
            return users;
        }
        if (!refs.isArray()) {
            throw GraphError.badRequest("An @odata.bind on a collection takes an array of directory object URLs.");
        }
        for (JsonNode ref : refs) {
            String id = referencedId(ref.asText(""), "@odata.bind");
            users.add(t.anyUser(id).filter(u -> t.visible(u.path("id").asText())).orElseThrow(() ->
                    GraphError.badRequest("The source resource object or one of the objects being referenced do not"
                            + " exist.")));
        }
        return users;
    }

    private GraphResponse createGroup(GraphRequest req) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject().deepCopy();
        // group-post-groups: members and owners may be bound at creation, up to 20 of them in all.
        List<ObjectNode> members = bound(t, body.remove(MEMBERS_BIND));
        List<ObjectNode> owners = bound(t, body.remove("owners@odata.bind"));
        if (members.size() + owners.size() > MAX_MEMBERS_PER_PATCH) {
            // The page gives the limit, not the words of the refusal: these are the demo tenant's own.
            throw GraphError.badRequest("A group may be created with at most " + MAX_MEMBERS_PER_PATCH
                    + " members and owners; this request binds " + (members.size() + owners.size()) + ".");
        }
        Bodies.rejectUnknown(body, GROUP_WRITABLE, "group");
        Bodies.requireText(body, "displayName", 256, "Group");
        String nickname = Bodies.requireText(body, "mailNickname", 64, "Group");
        if (!body.path("mailEnabled").isBoolean()) {
            throw GraphError.invalidProperty("mailEnabled", "Group");
        }
        if (!body.path("securityEnabled").isBoolean()) {
            throw GraphError.invalidProperty("securityEnabled", "Group");
        }
        boolean unified = false;
        for (JsonNode type : body.path("groupTypes")) {
            unified |= type.asText().equalsIgnoreCase("Unified");
        }
        if (unified && t.groups.values().stream().anyMatch(g -> nickname.equalsIgnoreCase(g.path("mailNickname")
                .asText()))) {
            throw GraphError.badRequest("Another object with the same value for property mailNickname already exists.");
        }
        ObjectNode group = Json.object();
        String id = UUID.randomUUID().toString();
        group.put("id", id);
        group.putNull("description");
        group.set("groupTypes", Json.array());
        group.putNull("mail");
        group.putNull("visibility");
        group.set("resourceProvisioningOptions", Json.array());
        group.put("createdDateTime", Instant.ofEpochMilli(t.now()).toString());
        body.fields().forEachRemaining(e -> group.set(e.getKey(), e.getValue().deepCopy()));
        if (body.path("mailEnabled").asBoolean()) {
            group.put("mail", nickname + "@" + t.defaultDomain());
        }
        t.groups.put(id, group);
        members.forEach(u -> addMembership(t, id, u, List.of()));
        ArrayNode ownerIds = group.putArray("_owners");
        owners.forEach(u -> ownerIds.add(u.path("id").asText()));
        t.created(id, faults.replicationLagMs());
        return GraphResponse.created(ODataList.entityBody(req, group, "groups", null));
    }

    // ---- teams ---------------------------------------------------------------------------------------

    GraphResponse teams(GraphRequest req) {
        TenantState t = req.tenant;
        List<String> s = req.segments;
        if (s.size() < 2) {
            throw GraphError.noRoute(req.method, req.path);
        }
        ObjectNode group = t.groups.get(s.get(1));
        if (group == null || !t.visible(s.get(1)) || !isTeam(group)) {
            throw new GraphError(404, "NotFound", "No team found with Group Id " + s.get(1));
        }
        String teamId = group.path("id").asText();
        if (s.size() == 2 && req.method.equals("GET")) {
            return GraphResponse.ok(team(req, group));
        }
        if (s.size() >= 3 && s.get(2).equals("members")) {
            if (s.size() == 3 && req.method.equals("GET")) {
                List<ObjectNode> members = t.membersOf(teamId).values().stream()
                        .map(m -> conversationMember(t, m)).toList();
                return ODataList.page(req, members, "teams('" + teamId + "')/members", null);
            }
            if (s.size() == 3 && req.method.equals("POST")) {
                return addTeamMember(req, teamId);
            }
            if (s.size() == 4) {
                ObjectNode membership = t.membersOf(teamId).values().stream()
                        .filter(m -> m.path("id").asText().equals(s.get(3))).findFirst()
                        .orElseThrow(() -> new GraphError(404, "NotFound", "Member " + s.get(3) + " not found."));
                return switch (req.method) {
                    case "GET" -> GraphResponse.ok(conversationMember(t, membership));
                    case "DELETE" -> {
                        t.membersOf(teamId).remove(membership.path("userId").asText());
                        t.markChanged();
                        yield GraphResponse.noContent();
                    }
                    default -> throw GraphError.methodNotAllowed(req.method);
                };
            }
        }
        throw GraphError.noRoute(req.method, req.path);
    }

    private GraphResponse addTeamMember(GraphRequest req, String teamId) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        if (!"#microsoft.graph.aadUserConversationMember".equals(body.path("@odata.type").asText())) {
            throw new GraphError(400, "BadRequest",
                    "The @odata.type must be #microsoft.graph.aadUserConversationMember.");
        }
        String userId = referencedId(body.path("user@odata.bind").asText(""), "user@odata.bind");
        ObjectNode user = t.anyUser(userId).filter(u -> t.visible(u.path("id").asText()))
                .filter(u -> u.path("accountEnabled").asBoolean(true))
                .orElseThrow(() -> new GraphError(404, "NotFound", "User " + userId + " was not found."));
        boolean guest = "Guest".equals(user.path("userType").asText());
        List<String> roles = new ArrayList<>();
        body.path("roles").forEach(r -> roles.add(r.asText().toLowerCase(Locale.ROOT)));
        // aadUserConversationMember: roles holds "owner" for an owner, "guest" for a guest, nothing for a member
        // (https://learn.microsoft.com/graph/api/resources/aaduserconversationmember). Graph's words for another
        // value are not documented; these are the demo tenant's.
        for (String role : roles) {
            if (!role.equals("owner") && !role.equals("guest")) {
                throw new GraphError(400, "BadRequest", "Invalid role '" + role + "': a team member's roles are"
                        + " 'owner', 'guest', or none for a member.");
            }
        }
        if (guest && roles.contains("owner")) {
            throw new GraphError(400, "BadRequest", "Guest users cannot be added as owners of the team.");
        }
        if (guest && !roles.contains("guest")) {
            roles.add("guest");
        }
        ObjectNode existing = t.membersOf(teamId).get(user.path("id").asText());
        ObjectNode membership = existing != null ? existing : addMembership(t, teamId, user, roles);
        return GraphResponse.created(conversationMember(t, membership));
    }

    private ObjectNode addMembership(TenantState t, String groupId, ObjectNode user, List<String> roles) {
        String userId = user.path("id").asText();
        ObjectNode membership = Json.object();
        membership.put("id", Base64.getEncoder().encodeToString(("0#" + groupId + "##" + userId)
                .getBytes(StandardCharsets.UTF_8)));
        membership.put("userId", userId);
        ArrayNode roleArray = membership.putArray("roles");
        roles.forEach(roleArray::add);
        membership.put("added", Instant.ofEpochMilli(t.now()).toString());
        t.membersOf(groupId).put(userId, membership);
        licensing.membershipChanged(t, groupId, userId, true);
        t.markChanged();
        return membership;
    }

    private static ObjectNode conversationMember(TenantState t, ObjectNode membership) {
        ObjectNode user = t.anyUser(membership.path("userId").asText()).orElse(Json.object());
        ObjectNode m = Json.object();
        m.put("@odata.type", "#microsoft.graph.aadUserConversationMember");
        m.put("id", membership.path("id").asText());
        m.set("roles", membership.path("roles").deepCopy());
        m.put("displayName", user.path("displayName").asText(null));
        m.put("visibleHistoryStartDateTime", "0001-01-01T00:00:00Z");
        m.put("userId", membership.path("userId").asText());
        m.put("email", user.path("mail").asText(null));
        m.put("tenantId", t.tenantId);
        return m;
    }

    private static ObjectNode team(GraphRequest req, ObjectNode group) {
        ObjectNode team = Json.object();
        team.put("@odata.context", req.baseUrl + "/$metadata#teams/$entity");
        team.put("id", group.path("id").asText());
        team.put("createdDateTime", group.path("createdDateTime").asText(null));
        team.put("displayName", group.path("displayName").asText());
        team.put("description", group.path("description").asText(null));
        team.put("internalId", "19:" + group.path("id").asText().replace("-", "") + "@thread.tacv2");
        team.putNull("classification");
        team.put("specialization", "none");
        team.put("visibility", group.path("visibility").asText("private").toLowerCase(Locale.ROOT));
        team.put("webUrl", "https://teams.microsoft.com/l/team/19%3a" + group.path("id").asText().replace("-", "")
                + "%40thread.tacv2/conversations?groupId=" + group.path("id").asText() + "&tenantId="
                + req.tenant.tenantId);
        team.put("isArchived", false);
        team.put("tenantId", req.tenant.tenantId);
        ObjectNode guestSettings = team.putObject("guestSettings");
        guestSettings.put("allowCreateUpdateChannels", false);
        guestSettings.put("allowDeleteChannels", false);
        return team;
    }

    static boolean isTeam(ObjectNode group) {
        for (JsonNode o : group.path("resourceProvisioningOptions")) {
            if (o.asText().equalsIgnoreCase("Team")) {
                return true;
            }
        }
        return false;
    }

    private static String referencedId(String reference, String property) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.find()) {
            throw GraphError.badRequest("Invalid object identifier '" + reference + "' in " + property + ".");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
