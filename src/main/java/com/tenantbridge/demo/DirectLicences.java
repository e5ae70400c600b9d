package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;

/**
 * Licences assigned to the user directly, beside those a group gives, in the user's licenseAssignmentStates
 * (assignedByGroup null: https://learn.microsoft.com/graph/api/resources/licenseassignmentstate). A licence only a
 * group gives cannot be removed from the user directly (Entra: "Identify and resolve license assignment problems
 * for a group").
 */
final class DirectLicences {

    private DirectLicences() {
    }

    /** Whether the user holds this licence only through groups. */
    static boolean inheritedOnly(ObjectNode user, String skuId) {
        if (!(user.get("licenseAssignmentStates") instanceof ArrayNode states)) {
            return false;
        }
        boolean inherited = false;
        for (JsonNode s : states) {
            if (skuId.equalsIgnoreCase(s.path("skuId").asText())) {
                if (s.path("assignedByGroup").isNull() || s.path("assignedByGroup").isMissingNode()) {
                    return false;
                }
                inherited = true;
            }
        }
        return inherited;
    }

    /** After a direct assignLicense: the direct states follow, once the user has states at all. */
    static void record(ObjectNode user, Set<String> removed, JsonNode added) {
        if (!(user.get("licenseAssignmentStates") instanceof ArrayNode)) {
            return;
        }
        ArrayNode states = GroupLicensing.states(user);
        for (int i = states.size() - 1; i >= 0; i--) {
            JsonNode s = states.get(i);
            if (s.path("assignedByGroup").isNull()
                    && removed.contains(s.path("skuId").asText().toLowerCase(Locale.ROOT))) {
                states.remove(i);
            }
        }
        for (JsonNode a : added) {
            String skuId = a.path("skuId").asText().toLowerCase(Locale.ROOT);
            boolean there = false;
            for (JsonNode s : states) {
                there |= s.path("assignedByGroup").isNull() && skuId.equalsIgnoreCase(s.path("skuId").asText());
            }
            if (!there) {
                ObjectNode s = states.addObject();
                s.putNull("assignedByGroup");
                s.set("disabledPlans", a.path("disabledPlans").isArray() ? a.get("disabledPlans").deepCopy()
                        : Json.array());
                s.put("skuId", skuId);
                s.put("state", "Active");
                s.putNull("error");
            }
        }
    }
}
