package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** What Graph refuses in a request body, shared by the resources the demo tenant serves. */
final class Bodies {

    private Bodies() {
    }

    /**
     * onPremisesExtensionAttributes (https://learn.microsoft.com/graph/api/resources/onpremisesextensionattributes):
     * extensionAttribute1 to 15, strings of at most 1,024 characters, settable on create and update for a cloud-only
     * user (https://learn.microsoft.com/graph/api/resources/user) — every demo user is cloud-only.
     */
    static void checkExtensionAttributes(ObjectNode body) {
        JsonNode ext = body.get("onPremisesExtensionAttributes");
        if (ext == null || ext.isNull()) {
            return;
        }
        if (!ext.isObject()) {
            throw GraphError.invalidProperty("onPremisesExtensionAttributes", "User");
        }
        ext.fields().forEachRemaining(a -> {
            String name = a.getKey();
            boolean known = name.startsWith("extensionAttribute") && name.substring(18).matches("[1-9]|1[0-5]");
            if (!known && !name.startsWith("@odata")) {
                throw GraphError.badRequest("Property '" + name + "' does not exist on type"
                        + " 'microsoft.graph.onPremisesExtensionAttributes'.");
            }
            if (known && !(a.getValue().isNull() || a.getValue().isTextual() && a.getValue().asText().length()
                    <= 1024)) {
                throw GraphError.invalidProperty(name, "onPremisesExtensionAttributes");
            }
        });
    }

    /** Microsoft Entra's rule: 8 to 256 characters, three of upper, lower, digit and symbol. */
    static void checkPassword(String password) {
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (password.length() < 8 || password.length() > 256 || kinds < 3) {
            throw GraphError.badRequest("The specified password does not comply with password complexity"
                    + " requirements. Please provide a different password.");
        }
    }

    static void checkUsageLocation(ObjectNode body) {
        JsonNode location = body.get("usageLocation");
        if (location != null && !location.isNull()
                && (!location.isTextual() || !Addresses.isCountry(location.asText()))) {
            throw GraphError.invalidProperty("usageLocation", "User");
        }
    }

    static String requireText(ObjectNode body, String field, int max, String resource) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank() || v.asText().length() > max) {
            throw GraphError.invalidProperty(field, resource);
        }
        return v.asText();
    }

    static void rejectUnknown(ObjectNode body, Set<String> known, String type) {
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name) && !name.startsWith("@odata") && !name.contains("@odata.")) {
                throw GraphError.badRequest("Property '" + name + "' does not exist on type 'microsoft.graph." + type
                        + "'. Make sure to only use property names that are defined by the type.");
            }
        });
    }
}
