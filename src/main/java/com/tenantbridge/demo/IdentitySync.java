package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * A partner's cross-tenant user synchronization policy (crossTenantIdentitySyncPolicyPartner): GET it (404 when
 * there is none), PUT creates or replaces it (204), PATCH updates it (204), DELETE removes it (204)
 * (https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-put-identitysynchronization and
 * the get, update and delete pages of crossTenantIdentitySyncPolicyPartner). Kept inside the partner under
 * {@link #KEY}, never shown with it.
 */
final class IdentitySync {

    static final String KEY = "identitySynchronization";
    private static final Set<String> FIELDS = Set.of("displayName", "userSyncInbound");

    private IdentitySync() {
    }

    static GraphResponse handle(GraphRequest req, ObjectNode partner, String context) {
        TenantState t = req.tenant;
        return switch (req.method) {
            case "GET" -> {
                if (!partner.has(KEY)) {
                    throw GraphError.notFound(KEY);
                }
                ObjectNode body = Json.object();
                body.put("@odata.context", context + "partners('" + partner.path("tenantId").asText()
                        + "')/identitySynchronization/$entity");
                body.setAll(((ObjectNode) partner.get(KEY)).deepCopy());
                yield GraphResponse.ok(body);
            }
            case "PUT", "PATCH" -> {
                ObjectNode body = req.bodyObject();
                Bodies.rejectUnknown(body, FIELDS, "crossTenantIdentitySyncPolicyPartner");
                if (req.method.equals("PATCH") && !partner.has(KEY)) {
                    throw GraphError.notFound(KEY);
                }
                ObjectNode policy = req.method.equals("PUT") || !partner.has(KEY) ? Json.object()
                        : (ObjectNode) partner.get(KEY);
                policy.put("tenantId", partner.path("tenantId").asText());
                Json.merge(policy, body);
                partner.set(KEY, policy);
                t.markChanged();
                yield GraphResponse.noContent();
            }
            case "DELETE" -> {
                if (partner.remove(KEY) == null) {
                    throw GraphError.notFound(KEY);
                }
                t.markChanged();
                yield GraphResponse.noContent();
            }
            default -> throw GraphError.methodNotAllowed(req.method);
        };
    }
}
