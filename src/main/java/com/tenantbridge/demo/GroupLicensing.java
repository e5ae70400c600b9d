package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Group-based licensing as Microsoft Entra does it. POST /groups/{id}/assignLicense answers 202 Accepted and the
 * group's licences reach its members later (https://learn.microsoft.com/graph/api/group-assignlicense); the
 * group's licenseProcessingState says QueuedForProcessing, then ProcessingComplete
 * (https://learn.microsoft.com/graph/api/resources/group, licenseProcessingState). Each member's
 * licenseAssignmentStates records the licence with assignedByGroup and state Active, or state Error with an error
 * such as CountViolation when there are too few seats
 * (https://learn.microsoft.com/graph/api/resources/licenseassignmentstate); the group's membersWithLicenseErrors
 * lists those members. A member added later is processed the same way; one removed loses what the group gave.
 * Graph's pages do not say how a request for a group that is not security-enabled, or in a tenant without
 * Microsoft Entra ID P1, is refused: the demo tenant refuses both with its own words (Entra's "What is group-based
 * licensing" names both as requirements).
 */
final class GroupLicensing {

    /**
     * "Microsoft Entra ID P1 and above", or "Microsoft 365 Business Premium or Office 365 Enterprise E3 or Office 365
     * A3 or Office 365 GCC G3 ... and above" (concept-group-based-licensing): by plan, or by the named suites.
     */
    private static final List<String> P1_PLANS = List.of("AAD_PREMIUM", "AAD_PREMIUM_P2");
    private static final List<String> SUITES = List.of("SPB", "ENTERPRISEPACK", "ENTERPRISEPREMIUM",
            "ENTERPRISEPREMIUM_NOPSTNCONF", "ENTERPRISEPACK_GOV", "ENTERPRISEPREMIUM_GOV", "ENTERPRISEPACKPLUS_FACULTY",
            "ENTERPRISEPACKPLUS_STUDENT", "ENTERPRISEPREMIUM_FACULTY", "ENTERPRISEPREMIUM_STUDENT");

    private final Faults faults;
    /** groupId → when its members' licences are next processed (epoch millis). */
    private final Map<TenantState, Map<String, Long>> due = new java.util.WeakHashMap<>();
    private final java.util.Set<TenantState> seen = java.util.Collections.newSetFromMap(
            new java.util.WeakHashMap<>());

    GroupLicensing(Faults faults) {
        this.faults = faults;
    }

    GraphResponse assign(GraphRequest req, ObjectNode group) {
        TenantState t = req.tenant;
        ObjectNode body = UsersApi.assignLicenseBody(req);
        if (!group.path("securityEnabled").asBoolean(false)) {
            throw GraphError.badRequest("Licenses can be assigned only to security-enabled groups.");
        }
        if (!hasP1(t)) {
            throw GraphError.badRequest("Group-based licensing needs Microsoft Entra ID P1 or above, Microsoft 365"
                    + " Business Premium or Office 365 E3/A3/G3 or above in the tenant.");
        }
        List<String> removing = new ArrayList<>();
        body.path("removeLicenses").forEach(r -> removing.add(sku(t, r.asText()).path("skuId").asText()));
        ArrayNode next = Json.array();
        for (JsonNode l : group.path("assignedLicenses")) {
            if (!removing.contains(l.path("skuId").asText())) {
                next.add(l);
            }
        }
        for (JsonNode add : body.path("addLicenses")) {
            String skuId = sku(t, add.path("skuId").asText("")).path("skuId").asText();
            for (int i = next.size() - 1; i >= 0; i--) {
                if (next.get(i).path("skuId").asText().equalsIgnoreCase(skuId)) {
                    next.remove(i);
                }
            }
            ObjectNode licence = next.addObject();
            licence.put("skuId", skuId);
            licence.set("disabledPlans", add.path("disabledPlans").isArray() ? add.get("disabledPlans").deepCopy()
                    : Json.array());
        }
        group.set("assignedLicenses", next);
        String groupId = group.path("id").asText();
        for (String skuId : removing) {
            t.membersOf(groupId).keySet().forEach(userId -> t.anyUser(userId).ifPresent(u -> drop(t, u, groupId,
                    skuId)));
        }
        queue(t, groupId);
        t.markChanged();
        return GraphResponse.of(202, ODataList.entityBody(req, group, "groups", null));
    }

    /** A member joined or left a licensed group: what the group gives follows, later for a joiner. */
    void membershipChanged(TenantState t, String groupId, String userId, boolean joined) {
        ObjectNode group = t.groups.get(groupId);
        if (group == null || group.path("assignedLicenses").isEmpty()) {
            return;
        }
        if (joined) {
            queue(t, groupId);
        } else {
            t.anyUser(userId).ifPresent(u -> group.path("assignedLicenses").forEach(l -> drop(t, u, groupId,
                    l.path("skuId").asText())));
        }
    }

    /** The group is gone: its members keep only what they have otherwise. */
    void groupDeleted(TenantState t, String groupId, Iterable<String> members) {
        for (String userId : members) {
            t.anyUser(userId).ifPresent(u -> {
                List<String> skus = new ArrayList<>();
                states(u).forEach(s -> {
                    if (groupId.equals(s.path("assignedByGroup").asText(null))) {
                        skus.add(s.path("skuId").asText());
                    }
                });
                skus.forEach(sku -> drop(t, u, groupId, sku));
            });
        }
        due(t).remove(groupId);
    }

    /** Runs the processing that is due; called before each request to the tenant, under its lock. */
    void process(TenantState t) {
        Map<String, Long> pending = due(t);
        boolean first;
        synchronized (seen) {
            first = seen.add(t);
        }
        if (first) {
            // A tenant read back from disk: what was queued before the restart is due now.
            t.groups.forEach((id, g) -> {
                if ("QueuedForProcessing".equals(g.path("licenseProcessingState").path("state").asText())) {
                    pending.putIfAbsent(id, t.now());
                }
            });
        }
        if (pending.isEmpty()) {
            return;
        }
        long now = t.now();
        for (String groupId : new ArrayList<>(pending.keySet())) {
            if (pending.get(groupId) > now) {
                continue;
            }
            pending.remove(groupId);
            ObjectNode group = t.groups.get(groupId);
            if (group == null) {
                continue;
            }
            for (String userId : t.membersOf(groupId).keySet()) {
                t.anyUser(userId).ifPresent(u -> group.path("assignedLicenses").forEach(l -> give(t, u, groupId,
                        l.path("skuId").asText())));
            }
            group.putObject("licenseProcessingState").put("state", "ProcessingComplete");
            t.markChanged();
        }
    }

    /** GET /groups/{id}/membersWithLicenseErrors: the members whose licence from this group is in error. */
    List<ObjectNode> membersWithErrors(TenantState t, String groupId) {
        List<ObjectNode> out = new ArrayList<>();
        for (String userId : t.membersOf(groupId).keySet()) {
            t.anyUser(userId).ifPresent(u -> {
                for (JsonNode s : states(u)) {
                    if (groupId.equals(s.path("assignedByGroup").asText(null)) && "Error".equals(s.path("state")
                            .asText())) {
                        ObjectNode m = u.deepCopy();
                        m.put("@odata.type", "#microsoft.graph.user");
                        out.add(m);
                        return;
                    }
                }
            });
        }
        return out;
    }

    static boolean hasP1(TenantState t) {
        for (ObjectNode sku : t.subscribedSkus) {
            if (SUITES.contains(sku.path("skuPartNumber").asText()) && "Enabled".equalsIgnoreCase(
                    sku.path("capabilityStatus").asText("Enabled"))) {
                return true;
            }
            for (JsonNode plan : sku.path("servicePlans")) {
                if (P1_PLANS.contains(plan.path("servicePlanName").asText()) && "Enabled".equalsIgnoreCase(
                        sku.path("capabilityStatus").asText("Enabled"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void queue(TenantState t, String groupId) {
        t.groups.get(groupId).putObject("licenseProcessingState").put("state", "QueuedForProcessing");
        due(t).put(groupId, t.now() + faults.groupLicensingMs());
    }

    private Map<String, Long> due(TenantState t) {
        synchronized (due) {
            return due.computeIfAbsent(t, k -> new HashMap<>());
        }
    }

    private static ObjectNode sku(TenantState t, String skuId) {
        return t.sku(skuId).orElseThrow(() -> GraphError.badRequest("License " + skuId
                + " does not correspond to a valid company License."));
    }

    /** The user gets the licence from the group, or an Error state when the seats are all taken. */
    private static void give(TenantState t, ObjectNode user, String groupId, String skuId) {
        ArrayNode states = states(user);
        for (JsonNode s : states) {
            if (groupId.equals(s.path("assignedByGroup").asText(null)) && skuId.equalsIgnoreCase(s.path("skuId")
                    .asText()) && "Active".equals(s.path("state").asText())) {
                return;
            }
        }
        removeState(states, groupId, skuId);
        boolean held = has(user, skuId);
        ObjectNode sku = t.sku(skuId).orElse(null);
        boolean seat = held || (sku != null
                && t.consumedUnits(skuId) < sku.path("prepaidUnits").path("enabled").asInt());
        ObjectNode state = states.addObject();
        state.put("assignedByGroup", groupId);
        state.set("disabledPlans", Json.array());
        state.put("skuId", skuId);
        state.put("state", seat ? "Active" : "Error");
        if (seat) {
            state.putNull("error");
        } else {
            state.put("error", "CountViolation");
        }
        state.put("lastUpdatedDateTime", Instant.ofEpochMilli(t.now()).toString());
        if (seat && !held) {
            ArrayNode licences = ((ArrayNode) user.path("assignedLicenses")).deepCopy();
            ObjectNode licence = licences.addObject();
            licence.put("skuId", skuId);
            licence.set("disabledPlans", Json.array());
            t.setLicences(user, licences);
        }
    }

    /** The group no longer gives this licence to the user; it goes unless something else still gives it. */
    private static void drop(TenantState t, ObjectNode user, String groupId, String skuId) {
        ArrayNode states = states(user);
        boolean hadActive = removeState(states, groupId, skuId);
        if (!hadActive) {
            return;
        }
        for (JsonNode s : states) {
            if (skuId.equalsIgnoreCase(s.path("skuId").asText()) && "Active".equals(s.path("state").asText())) {
                return;
            }
        }
        ArrayNode licences = Json.array();
        user.path("assignedLicenses").forEach(l -> {
            if (!skuId.equalsIgnoreCase(l.path("skuId").asText())) {
                licences.add(l);
            }
        });
        t.setLicences(user, licences);
        t.markChanged();
    }

    private static boolean removeState(ArrayNode states, String groupId, String skuId) {
        boolean active = false;
        for (int i = states.size() - 1; i >= 0; i--) {
            JsonNode s = states.get(i);
            if (groupId.equals(s.path("assignedByGroup").asText(null)) && skuId.equalsIgnoreCase(s.path("skuId")
                    .asText())) {
                active |= "Active".equals(s.path("state").asText());
                states.remove(i);
            }
        }
        return active;
    }

    private static boolean has(ObjectNode user, String skuId) {
        for (JsonNode l : user.path("assignedLicenses")) {
            if (l.path("skuId").asText().equalsIgnoreCase(skuId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The user's licence states; a licence held without one was assigned directly (seeded, or by assignLicense on
     * the user), so it gets a state with no group.
     */
    static ArrayNode states(ObjectNode user) {
        if (!(user.get("licenseAssignmentStates") instanceof ArrayNode)) {
            ArrayNode states = user.putArray("licenseAssignmentStates");
            for (JsonNode l : user.path("assignedLicenses")) {
                ObjectNode s = states.addObject();
                s.putNull("assignedByGroup");
                s.set("disabledPlans", l.path("disabledPlans").deepCopy());
                s.put("skuId", l.path("skuId").asText().toLowerCase(Locale.ROOT));
                s.put("state", "Active");
                s.putNull("error");
            }
        }
        return (ArrayNode) user.get("licenseAssignmentStates");
    }
}
