package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * /applications (application-list with $filter, application-post-applications) and POST /servicePrincipals
 * (serviceprincipal-post-serviceprincipals), as an admin registering an app of their own uses them. A registration
 * must name each permission by the id its resource's service principal publishes (requiredResourceAccess): one the
 * resource does not publish is refused, as Microsoft Entra refuses it.
 */
final class ApplicationsApi {

    private ApplicationsApi() {
    }

    static GraphResponse applications(GraphRequest req) {
        TenantState t = req.tenant;
        if (req.segments.size() != 1) {
            throw GraphError.noRoute(req.method, req.path);
        }
        return switch (req.method) {
            case "GET" -> ODataList.page(req, t.applications, "applications", null);
            case "POST" -> create(req);
            default -> throw GraphError.methodNotAllowed(req.method);
        };
    }

    private static GraphResponse create(GraphRequest req) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        if (body.path("displayName").asText("").isBlank()) {
            throw GraphError.badRequest("Property displayName is required.");
        }
        // https://learn.microsoft.com/graph/api/resources/application: displayName "Maximum length is 256 characters".
        if (body.path("displayName").asText().length() > 256) {
            throw GraphError.invalidProperty("displayName", "Application");
        }
        for (JsonNode resource : body.path("requiredResourceAccess")) {
            String resourceAppId = resource.path("resourceAppId").asText();
            ObjectNode sp = t.servicePrincipals.stream().filter(s -> s.path("appId").asText().equalsIgnoreCase(
                    resourceAppId)).findFirst().orElseThrow(() -> GraphError.badRequest("The resource application "
                            + resourceAppId + " is not in the tenant."));
            for (JsonNode access : resource.path("resourceAccess")) {
                String id = access.path("id").asText();
                boolean published = false;
                for (JsonNode scope : sp.path("oauth2PermissionScopes")) {
                    published |= scope.path("id").asText().equalsIgnoreCase(id);
                }
                if (!published || !"Scope".equals(access.path("type").asText())) {
                    throw GraphError.badRequest("Permission " + id + " (" + access.path("type").asText() + ") is not"
                            + " a delegated permission that " + resourceAppId + " publishes.");
                }
            }
        }
        ObjectNode app = body.deepCopy();
        app.put("id", UUID.randomUUID().toString());
        app.put("appId", UUID.randomUUID().toString());
        t.applications.add(app);
        t.markChanged();
        ObjectNode out = app.deepCopy();
        out.put("@odata.context", req.baseUrl + "/$metadata#applications/$entity");
        return GraphResponse.created(out);
    }

    /** POST /servicePrincipals {appId}: the app's instance in this tenant, once per app. */
    static GraphResponse createServicePrincipal(GraphRequest req) {
        if (!req.method.equals("POST") || req.segments.size() != 1) {
            throw GraphError.noRoute(req.method, req.path);
        }
        TenantState t = req.tenant;
        String appId = req.bodyObject().path("appId").asText("");
        List<ObjectNode> apps = t.applications.stream().filter(a -> a.path("appId").asText().equalsIgnoreCase(appId))
                .toList();
        if (apps.isEmpty()) {
            throw GraphError.badRequest("No application with appId " + appId + " in the tenant.");
        }
        if (t.servicePrincipals.stream().anyMatch(s -> s.path("appId").asText().equalsIgnoreCase(appId))) {
            throw new GraphError(409, "Request_MultipleObjectsWithSameKeyValue", "A service principal for " + appId
                    + " already exists.");
        }
        ObjectNode sp = Json.object();
        sp.put("id", UUID.randomUUID().toString());
        sp.put("appId", appId);
        sp.put("displayName", apps.get(0).path("displayName").asText());
        t.servicePrincipals.add(sp);
        t.markChanged();
        ObjectNode out = sp.deepCopy();
        out.put("@odata.context", req.baseUrl + "/$metadata#servicePrincipals/$entity");
        return GraphResponse.created(out);
    }
}
