package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** /users, /users/{id}/assignLicense, /users/{id}/licenseDetails and /invitations. */
final class UsersApi {

    /** What Graph returns for a user without $select. */
    static final List<String> USER_DEFAULT = List.of("businessPhones", "displayName", "givenName", "jobTitle", "mail",
            "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id");

    private static final Set<String> WRITABLE = Set.of("accountEnabled", "displayName", "mailNickname",
            "userPrincipalName", "passwordProfile", "usageLocation", "givenName", "surname", "jobTitle", "department",
            "companyName", "employeeType", "employeeId", "officeLocation", "city", "country", "mail", "otherMails",
            "mobilePhone", "businessPhones", "preferredLanguage", "userType", "passwordPolicies",
            "onPremisesExtensionAttributes");
    private static final Pattern UPN_LOCAL = Pattern.compile("[A-Za-z0-9'._!#^~-]{1,64}");
    private static final Pattern MAIL_NICKNAME = Pattern.compile("[^@()\\\\\\[\\]\";:<>,\\s]{1,64}");

    private final Faults faults;

    UsersApi(Faults faults) {
        this.faults = faults;
    }

    GraphResponse handle(GraphRequest req) {
        TenantState t = req.tenant;
        List<String> s = req.segments;
        if (s.size() == 1) {
            return switch (req.method) {
                case "GET" -> ODataList.page(req, t.users.values().stream()
                        .filter(u -> t.visible(u.path("id").asText())).toList(), "users", USER_DEFAULT);
                case "POST" -> create(req);
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        String key = s.get(1);
        if (s.size() == 2) {
            return switch (req.method) {
                case "GET" -> ODataList.entity(req, t.user(key), "users", USER_DEFAULT);
                case "PATCH" -> update(req, t.user(key));
                case "DELETE" -> {
                    t.removeUser(t.user(key).path("id").asText());
                    t.markChanged();
                    yield GraphResponse.noContent();
                }
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        String sub = s.get(2);
        if (sub.equals("assignLicense") && req.method.equals("POST") && s.size() == 3) {
            return assignLicense(req, t.user(key));
        }
        if (sub.equals("memberOf") && req.method.equals("GET") && s.size() == 3) {
            return MemberOf.list(req, t.user(key), "users('" + key + "')/memberOf");
        }
        if (sub.equals("licenseDetails") && req.method.equals("GET") && s.size() == 3) {
            return ODataList.page(req, licenseDetails(t, t.user(key)), "users('" + key + "')/licenseDetails", null);
        }
        throw GraphError.noRoute(req.method, req.path);
    }

    private GraphResponse create(GraphRequest req) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        Bodies.rejectUnknown(body, WRITABLE, "user");
        if (!body.path("accountEnabled").isBoolean()) {
            throw GraphError.invalidProperty("accountEnabled", "User");
        }
        Bodies.requireText(body, "displayName", 256, "User");
        String nickname = Bodies.requireText(body, "mailNickname", 64, "User");
        if (!MAIL_NICKNAME.matcher(nickname).matches()) {
            throw GraphError.invalidProperty("mailNickname", "User");
        }
        String upn = Bodies.requireText(body, "userPrincipalName", 113, "User");
        checkUpn(t, upn, null);
        JsonNode password = body.path("passwordProfile").path("password");
        if (!password.isTextual()) {
            throw GraphError.invalidProperty("passwordProfile", "User");
        }
        Bodies.checkPassword(password.asText());
        Bodies.checkUsageLocation(body);
        Bodies.checkExtensionAttributes(body);

        ObjectNode user = Json.object();
        String id = UUID.randomUUID().toString();
        user.put("id", id);
        user.set("businessPhones", Json.array());
        user.putNull("givenName");
        user.putNull("surname");
        user.putNull("jobTitle");
        user.putNull("mail");
        user.putNull("mobilePhone");
        user.putNull("officeLocation");
        user.putNull("preferredLanguage");
        user.put("userType", "Member");
        user.putNull("usageLocation");
        user.set("assignedLicenses", Json.array());
        user.put("createdDateTime", Instant.ofEpochMilli(t.now()).toString());
        ObjectNode extensions = user.putObject("onPremisesExtensionAttributes");
        for (int i = 1; i <= 15; i++) {
            extensions.putNull("extensionAttribute" + i);
        }
        copyWritable(body, user);
        t.putUser(user);
        t.created(id, faults.replicationLagMs());
        return GraphResponse.created(ODataList.entityBody(req, user, "users", null));
    }

    private GraphResponse update(GraphRequest req, ObjectNode user) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        if (body.has("assignedLicenses")) {
            throw GraphError.badRequest("Property 'assignedLicenses' is read-only and cannot be set.");
        }
        Bodies.rejectUnknown(body, WRITABLE, "user");
        if (body.has("userPrincipalName")) {
            checkUpn(t, Bodies.requireText(body, "userPrincipalName", 113, "User"), user.path("id").asText());
        }
        if (body.has("displayName")) {
            Bodies.requireText(body, "displayName", 256, "User");
        }
        if (body.has("accountEnabled") && !body.path("accountEnabled").isBoolean()) {
            throw GraphError.invalidProperty("accountEnabled", "User");
        }
        if (body.has("passwordProfile")) {
            JsonNode password = body.path("passwordProfile").path("password");
            if (password.isTextual()) {
                Bodies.checkPassword(password.asText());
            }
        }
        Bodies.checkUsageLocation(body);
        Bodies.checkExtensionAttributes(body);
        ObjectNode updated = user.deepCopy();
        copyWritable(body, updated);
        t.putUser(updated);
        t.markChanged();
        return GraphResponse.noContent();
    }

    /** Copies what Graph stores; passwords are checked and dropped: the demo tenant keeps no secret. */
    private static void copyWritable(ObjectNode body, ObjectNode user) {
        body.fields().forEachRemaining(e -> {
            if (e.getKey().equals("onPremisesExtensionAttributes")) {
                // The attributes named are set; the others keep their values.
                ObjectNode into = user.path(e.getKey()) instanceof ObjectNode o ? o : user.putObject(e.getKey());
                e.getValue().fields().forEachRemaining(a -> into.set(a.getKey(), a.getValue().deepCopy()));
            } else if (WRITABLE.contains(e.getKey()) && !e.getKey().equals("passwordProfile")) {
                user.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    private static void checkUpn(TenantState t, String upn, String selfId) {
        int at = upn.lastIndexOf('@');
        if (at <= 0 || at == upn.length() - 1 || !UPN_LOCAL.matcher(upn.substring(0, at)).matches()) {
            throw GraphError.invalidProperty("userPrincipalName", "User");
        }
        if (!t.hasVerifiedDomain(upn.substring(at + 1))) {
            throw GraphError.badRequest("The domain portion of the userPrincipalName property is invalid. You must"
                    + " use one of the verified domain names in your organization.");
        }
        t.anyUser(upn).filter(u -> !u.path("id").asText().equals(selfId)).ifPresent(u -> {
            throw GraphError.badRequest("Another object with the same value for property userPrincipalName already"
                    + " exists.");
        });
    }

    // ---- licences ------------------------------------------------------------------------------------

    /**
     * The body of assignLicense, on a user or a group: both collections must be there, removeLicenses even when
     * empty (user-assignlicense, group-assignlicense).
     */
    static ObjectNode assignLicenseBody(GraphRequest req) {
        ObjectNode body = req.bodyObject();
        if (!body.path("addLicenses").isArray()) {
            throw GraphError.invalidProperty("addLicenses", "assignLicense");
        }
        if (!body.path("removeLicenses").isArray()) {
            throw GraphError.invalidProperty("removeLicenses", "assignLicense");
        }
        return body;
    }

    private GraphResponse assignLicense(GraphRequest req, ObjectNode user) {
        TenantState t = req.tenant;
        ObjectNode body = assignLicenseBody(req);
        String usageLocation = user.path("usageLocation").asText(null);
        if (body.path("addLicenses").size() > 0 && (usageLocation == null || usageLocation.isBlank())) {
            throw GraphError.badRequest("License assignment cannot be done for user with invalid usage location.");
        }
        ArrayNode current = user.path("assignedLicenses") instanceof ArrayNode a ? a.deepCopy() : Json.array();
        Set<String> removing = new HashSet<>();
        for (JsonNode r : body.path("removeLicenses")) {
            String skuId = r.asText().toLowerCase(Locale.ROOT);
            t.sku(skuId).orElseThrow(() -> GraphError.badRequest("License " + r.asText()
                    + " does not correspond to a valid company License."));
            if (DirectLicences.inheritedOnly(user, skuId)) {
                throw GraphError.badRequest("User license is inherited from a group membership and it cannot be"
                        + " removed directly from the user.");
            }
            removing.add(skuId);
        }
        ArrayNode next = Json.array();
        for (JsonNode l : current) {
            if (!removing.contains(l.path("skuId").asText().toLowerCase(Locale.ROOT))) {
                next.add(l);
            }
        }
        for (JsonNode add : body.path("addLicenses")) {
            String skuId = add.path("skuId").asText("");
            ObjectNode sku = t.sku(skuId).orElseThrow(() -> GraphError.badRequest("License " + skuId
                    + " does not correspond to a valid company License."));
            boolean already = false;
            for (JsonNode l : next) {
                already |= l.path("skuId").asText().equalsIgnoreCase(skuId);
            }
            if (!already) {
                int enabled = sku.path("prepaidUnits").path("enabled").asInt();
                if (t.consumedUnits(sku.path("skuId").asText()) >= enabled) {
                    throw GraphError.badRequest("Subscription with SKU " + sku.path("skuId").asText()
                            + " does not have any available licenses.");
                }
            }
            ObjectNode license = Json.object();
            license.put("skuId", sku.path("skuId").asText());
            license.set("disabledPlans", add.path("disabledPlans").isArray() ? add.get("disabledPlans").deepCopy()
                    : Json.array());
            for (int i = next.size() - 1; i >= 0; i--) {
                if (next.get(i).path("skuId").asText().equalsIgnoreCase(skuId)) {
                    next.remove(i);
                }
            }
            next.add(license);
        }
        t.setLicences(user, next);
        DirectLicences.record(user, removing, body.path("addLicenses"));
        t.markChanged();
        return ODataList.entity(req, user, "users", USER_DEFAULT);
    }

    static List<ObjectNode> licenseDetails(TenantState t, ObjectNode user) {
        return java.util.stream.StreamSupport.stream(user.path("assignedLicenses").spliterator(), false)
                .map(l -> {
                    ObjectNode sku = t.sku(l.path("skuId").asText()).orElse(null);
                    ObjectNode d = Json.object();
                    d.put("id", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                            (user.path("id").asText() + "_" + l.path("skuId").asText()).getBytes()));
                    d.put("skuId", l.path("skuId").asText());
                    d.put("skuPartNumber", sku == null ? null : sku.path("skuPartNumber").asText());
                    ArrayNode plans = d.putArray("servicePlans");
                    Set<String> disabled = new HashSet<>();
                    l.path("disabledPlans").forEach(p -> disabled.add(p.asText().toLowerCase(Locale.ROOT)));
                    if (sku != null) {
                        for (JsonNode p : sku.path("servicePlans")) {
                            ObjectNode plan = Json.object();
                            plan.put("servicePlanId", p.path("servicePlanId").asText());
                            plan.put("servicePlanName", p.path("servicePlanName").asText());
                            plan.put("provisioningStatus", disabled.contains(p.path("servicePlanId").asText()
                                    .toLowerCase(Locale.ROOT)) ? "Disabled" : "Success");
                            plan.put("appliesTo", "User");
                            plans.add(plan);
                        }
                    }
                    return d;
                }).toList();
    }

    // ---- invitations ---------------------------------------------------------------------------------

    GraphResponse invite(GraphRequest req) {
        if (!req.method.equals("POST") || req.segments.size() != 1) {
            throw GraphError.methodNotAllowed(req.method);
        }
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        String email = body.path("invitedUserEmailAddress").asText("");
        if (!Addresses.isEmail(email)) {
            throw new GraphError(400, "BadRequest", "The specified invitedUserEmailAddress is invalid.");
        }
        String redirect = body.path("inviteRedirectUrl").asText("");
        if (!redirect.startsWith("https://") && !redirect.startsWith("http://")) {
            throw new GraphError(400, "BadRequest", "The specified inviteRedirectUrl is invalid.");
        }
        if (t.hasVerifiedDomain(Addresses.domainOf(email))) {
            throw new GraphError(400, "BadRequest", "The invited user already exists in the directory as a member"
                    + " of this organization.");
        }
        ObjectNode guest = t.users.values().stream()
                .filter(u -> "Guest".equals(u.path("userType").asText()) && email.equalsIgnoreCase(u.path("mail")
                        .asText()))
                .findFirst().orElse(null);
        if (guest == null) {
            guest = newGuest(t, email, body.path("invitedUserDisplayName").asText(null));
        }
        String userId = guest.path("id").asText();
        ObjectNode invitation = Json.object();
        invitation.put("@odata.context", req.baseUrl + "/$metadata#invitations/$entity");
        invitation.put("id", UUID.randomUUID().toString());
        invitation.put("inviteRedeemUrl", "https://login.microsoftonline.com/redeem?rd=https%3a%2f%2finvitations"
                + ".microsoft.com%2fredeem%2f%3ftenant%3d" + t.tenantId + "%26user%3d" + userId);
        invitation.put("invitedUserDisplayName", guest.path("displayName").asText());
        invitation.put("invitedUserType", "Guest");
        invitation.put("invitedUserEmailAddress", email);
        invitation.put("sendInvitationMessage", body.path("sendInvitationMessage").asBoolean(false));
        invitation.put("resetRedemption", body.path("resetRedemption").asBoolean(false));
        invitation.put("inviteRedirectUrl", redirect);
        invitation.put("status", guest.path("externalUserState").asText("PendingAcceptance"));
        if (body.has("invitedUserMessageInfo")) {
            invitation.set("invitedUserMessageInfo", body.get("invitedUserMessageInfo").deepCopy());
        }
        invitation.putObject("invitedUser").put("id", userId);
        return GraphResponse.created(invitation);
    }

    /** Graph creates the guest user at once, before the invitation is redeemed. */
    private ObjectNode newGuest(TenantState t, String email, String displayName) {
        String id = UUID.randomUUID().toString();
        ObjectNode guest = Json.object();
        guest.put("id", id);
        guest.set("businessPhones", Json.array());
        guest.put("displayName", displayName == null || displayName.isBlank() ? email.substring(0, email.indexOf('@'))
                : displayName);
        guest.putNull("givenName");
        guest.putNull("surname");
        guest.putNull("jobTitle");
        guest.put("mail", email);
        guest.putNull("mobilePhone");
        guest.putNull("officeLocation");
        guest.putNull("preferredLanguage");
        guest.put("userPrincipalName", email.replace('@', '_') + "#EXT#@" + t.initialDomain());
        guest.put("userType", "Guest");
        guest.put("accountEnabled", true);
        guest.put("creationType", "Invitation");
        guest.put("externalUserState", "PendingAcceptance");
        guest.put("externalUserStateChangeDateTime", Instant.ofEpochMilli(t.now()).toString());
        guest.putNull("usageLocation");
        guest.set("assignedLicenses", Json.array());
        guest.put("createdDateTime", Instant.ofEpochMilli(t.now()).toString());
        t.putUser(guest);
        t.created(id, faults.replicationLagMs());
        return guest;
    }
}
