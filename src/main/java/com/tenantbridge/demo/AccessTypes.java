package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * The enumerations of a cross-tenant access setting, as Graph checks them: each B2B setting holds
 * {@code usersAndGroups} and {@code applications} (or {@code tenantRestrictions}) target configurations whose
 * {@code accessType} is allowed or blocked and whose targets' {@code targetType} is user, group or application
 * (https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytargetconfiguration,
 * .../resources/crosstenantaccesspolicytarget). Anything else is 400, never stored.
 */
final class AccessTypes {

    private static final List<String> SETTINGS = List.of("b2bCollaborationInbound", "b2bCollaborationOutbound",
            "b2bDirectConnectInbound", "b2bDirectConnectOutbound");
    private static final Set<String> ACCESS = Set.of("allowed", "blocked", "unknownFutureValue");
    private static final Set<String> TARGET = Set.of("user", "group", "application", "unknownFutureValue");

    private AccessTypes() {
    }

    static void check(JsonNode body) {
        for (String setting : SETTINGS) {
            JsonNode b2b = body.get(setting);
            if (b2b == null || b2b.isNull()) {
                continue;
            }
            for (String part : List.of("usersAndGroups", "applications")) {
                JsonNode config = b2b.get(part);
                if (config == null || config.isNull()) {
                    continue;
                }
                JsonNode access = config.get("accessType");
                if (access != null && !ACCESS.contains(access.asText())) {
                    throw GraphError.badRequest("Invalid value '" + access.asText() + "' for " + setting + "." + part
                            + ".accessType; use allowed or blocked.");
                }
                for (JsonNode target : config.path("targets")) {
                    JsonNode type = target.get("targetType");
                    if (type != null && !TARGET.contains(type.asText())) {
                        throw GraphError.badRequest("Invalid value '" + type.asText() + "' for " + setting + "."
                                + part + ".targets.targetType; use user, group or application.");
                    }
                }
            }
        }
    }
}
