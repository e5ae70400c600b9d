package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * /policies/crossTenantAccessPolicy (default and partners), /organization, /domains, /subscribedSkus and
 * /tenantRelationships/findTenantInformationByDomainName — the directory-wide reads and settings.
 */
final class PoliciesApi {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> PARTNER_FIELDS = Set.of("tenantId", "inboundTrust", "b2bCollaborationInbound",
            "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound",
            "automaticUserConsentSettings", "tenantRestrictions", "isInMultiTenantOrganization", "isServiceProvider");
    private static final Set<String> DEFAULT_FIELDS = Set.of("inboundTrust", "b2bCollaborationInbound",
            "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound",
            "automaticUserConsentSettings", "invitationRedemptionIdentityProviderConfiguration", "tenantRestrictions");

    private final DemoDirectory directory;

    PoliciesApi(DemoDirectory directory) {
        this.directory = directory;
    }

    GraphResponse crossTenantAccess(GraphRequest req) {
        TenantState t = req.tenant;
        List<String> s = req.segments;
        if (s.size() < 3 || !s.get(1).equals("crossTenantAccessPolicy")) {
            throw GraphError.noRoute(req.method, req.path);
        }
        String context = req.baseUrl + "/$metadata#policies/crossTenantAccessPolicy/";
        if (s.get(2).equals("default") && s.size() == 3) {
            return switch (req.method) {
                case "GET" -> {
                    ObjectNode body = Json.object();
                    body.put("@odata.context", context + "default/$entity");
                    body.setAll(t.crossTenantDefault.deepCopy());
                    yield GraphResponse.ok(body);
                }
                case "PATCH" -> {
                    ObjectNode patch = req.bodyObject();
                    Bodies.rejectUnknown(patch, DEFAULT_FIELDS, "crossTenantAccessPolicyConfigurationDefault");
                    AccessTypes.check(patch);
                    Json.merge(t.crossTenantDefault, patch);
                    t.crossTenantDefault.put("isServiceDefault", false);
                    t.markChanged();
                    yield GraphResponse.noContent();
                }
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        if (!s.get(2).equals("partners")) {
            throw GraphError.noRoute(req.method, req.path);
        }
        if (s.size() == 3) {
            return switch (req.method) {
                case "GET" -> ODataList.page(req, t.crossTenantPartners.values().stream().map(PoliciesApi::shown)
                        .toList(), "policies/crossTenantAccessPolicy/partners", null);
                case "POST" -> createPartner(req, context);
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        String tenantId = s.get(3);
        ObjectNode partner = t.crossTenantPartners.get(tenantId.toLowerCase(java.util.Locale.ROOT));
        if (partner == null) {
            throw GraphError.notFound(tenantId);
        }
        if (s.size() == 5 && s.get(4).equals("identitySynchronization")) {
            return IdentitySync.handle(req, partner, context);
        }
        if (s.size() > 4) {
            throw GraphError.noRoute(req.method, req.path);
        }
        return switch (req.method) {
            case "GET" -> {
                ObjectNode body = Json.object();
                body.put("@odata.context", context + "partners/$entity");
                body.setAll(shown(partner));
                yield GraphResponse.ok(body);
            }
            case "PATCH" -> {
                ObjectNode patch = req.bodyObject();
                Bodies.rejectUnknown(patch, PARTNER_FIELDS, "crossTenantAccessPolicyConfigurationPartner");
                AccessTypes.check(patch);
                patch.remove("tenantId");
                Json.merge(partner, patch);
                t.markChanged();
                yield GraphResponse.noContent();
            }
            case "DELETE" -> {
                t.crossTenantPartners.remove(tenantId.toLowerCase(java.util.Locale.ROOT));
                t.markChanged();
                yield GraphResponse.noContent();
            }
            default -> throw GraphError.methodNotAllowed(req.method);
        };
    }

    /** A partner as Graph shows it: its identitySynchronization is a navigation, read on its own path. */
    private static ObjectNode shown(ObjectNode partner) {
        ObjectNode copy = partner.deepCopy();
        copy.remove(IdentitySync.KEY);
        return copy;
    }

    private GraphResponse createPartner(GraphRequest req, String context) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        Bodies.rejectUnknown(body, PARTNER_FIELDS, "crossTenantAccessPolicyConfigurationPartner");
        AccessTypes.check(body);
        String tenantId = body.path("tenantId").asText("");
        if (!GUID.matcher(tenantId).matches()) {
            throw GraphError.invalidProperty("tenantId", "crossTenantAccessPolicyConfigurationPartner");
        }
        String key = tenantId.toLowerCase(java.util.Locale.ROOT);
        if (t.crossTenantPartners.containsKey(key)) {
            throw new GraphError(409, "Request_MultipleObjectsWithSameKeyValue", "A partner configuration for tenant "
                    + tenantId + " already exists.");
        }
        ObjectNode partner = Json.object();
        partner.put("tenantId", key);
        partner.put("isServiceProvider", false);
        partner.put("isInMultiTenantOrganization", false);
        partner.putNull("inboundTrust");
        partner.putNull("b2bCollaborationInbound");
        partner.putNull("b2bCollaborationOutbound");
        partner.putNull("b2bDirectConnectInbound");
        partner.putNull("b2bDirectConnectOutbound");
        ObjectNode consent = partner.putObject("automaticUserConsentSettings");
        consent.putNull("inboundAllowed");
        consent.putNull("outboundAllowed");
        body.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("tenantId")) {
                partner.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        t.crossTenantPartners.put(key, partner);
        t.markChanged();
        ObjectNode response = Json.object();
        response.put("@odata.context", context + "partners/$entity");
        response.setAll(partner.deepCopy());
        return GraphResponse.created(response);
    }

    GraphResponse organization(GraphRequest req) {
        requireGet(req);
        TenantState t = req.tenant;
        if (req.segments.size() == 1) {
            return ODataList.page(req, List.of(t.organization), "organization", null);
        }
        if (!req.segments.get(1).equals(t.tenantId)) {
            throw GraphError.notFound(req.segments.get(1));
        }
        return ODataList.entity(req, t.organization, "organization", null);
    }

    GraphResponse domains(GraphRequest req) {
        requireGet(req);
        TenantState t = req.tenant;
        if (req.segments.size() == 1) {
            return ODataList.page(req, t.domains, "domains", null);
        }
        ObjectNode domain = t.domains.stream().filter(d -> d.path("id").asText().equalsIgnoreCase(req.segments.get(1)))
                .findFirst().orElseThrow(() -> GraphError.notFound(req.segments.get(1)));
        return ODataList.entity(req, domain, "domains", null);
    }

    GraphResponse subscribedSkus(GraphRequest req) {
        requireGet(req);
        TenantState t = req.tenant;
        List<ObjectNode> skus = t.subscribedSkus.stream().map(sku -> {
            ObjectNode copy = sku.deepCopy();
            copy.put("consumedUnits", t.consumedUnits(sku.path("skuId").asText()));
            return copy;
        }).toList();
        if (req.segments.size() == 1) {
            return ODataList.page(req, skus, "subscribedSkus", null);
        }
        ObjectNode sku = skus.stream().filter(k -> k.path("id").asText().equalsIgnoreCase(req.segments.get(1)))
                .findFirst().orElseThrow(() -> GraphError.notFound(req.segments.get(1)));
        return ODataList.entity(req, sku, "subscribedSkus", null);
    }

    /**
     * GET /directory/subscriptions and /directory/subscriptions/{id}
     * (https://learn.microsoft.com/graph/api/directory-list-subscriptions): read only, as Graph documents them.
     */
    GraphResponse subscriptions(GraphRequest req) {
        requireGet(req);
        List<String> s = req.segments;
        if (s.size() < 2 || !s.get(1).equals("subscriptions") || s.size() > 3) {
            throw GraphError.noRoute(req.method, req.path);
        }
        List<ObjectNode> all = req.tenant.subscriptions.stream().map(ObjectNode::deepCopy).toList();
        if (s.size() == 2) {
            return ODataList.page(req, all, "directory/subscriptions", null);
        }
        ObjectNode one = all.stream().filter(k -> k.path("id").asText().equalsIgnoreCase(s.get(2))
                || k.path("commerceSubscriptionId").asText().equalsIgnoreCase(s.get(2))).findFirst()
                .orElseThrow(() -> GraphError.notFound(s.get(2)));
        return ODataList.entity(req, one, "directory/subscriptions", null);
    }

    /** Resolves another tenant by domain, as Graph does across all of Microsoft Entra. */

    /** serviceprincipal-get by appId: the application's service principal, or 404 when nobody consented to it. */
    GraphResponse servicePrincipal(GraphRequest req) {
        requireGet(req);
        String appId = (req.segments.size() == 1 ? ODataKeys.stringArgument(req.segments.get(0),
                "servicePrincipals(appId") : java.util.Optional.<String>empty())
                .orElseThrow(() -> GraphError.noRoute(req.method, req.path));
        ObjectNode sp = req.tenant.servicePrincipals.stream().filter(s -> s.path("appId").asText()
                .equalsIgnoreCase(appId)).findFirst().orElseThrow(() -> new GraphError(404,
                        "Request_ResourceNotFound", "Resource '" + appId + "' does not exist or one of its queried"
                                + " reference-property objects are not present."));
        ObjectNode body = sp.deepCopy();
        body.put("@odata.context", req.baseUrl + "/$metadata#servicePrincipals/$entity");
        return GraphResponse.ok(body);
    }

    GraphResponse tenantRelationships(GraphRequest req) {
        requireGet(req);
        String domain = (req.segments.size() == 2 ? ODataKeys.stringArgument(req.segments.get(1),
                "findTenantInformationByDomainName(domainName") : java.util.Optional.<String>empty())
                .orElseThrow(() -> GraphError.noRoute(req.method, req.path));
        TenantState other = directory.find(domain).orElseThrow(() -> GraphError.notFound(domain));
        ObjectNode body = Json.object();
        body.put("@odata.context", req.baseUrl + "/$metadata#microsoft.graph.tenantInformation");
        // No lock on the other tenant: its id, name and domains never change, and locking two tenants could deadlock.
        body.put("tenantId", other.tenantId);
        body.putNull("federationBrandName");
        body.put("displayName", other.displayName);
        body.put("defaultDomainName", other.defaultDomain());
        return GraphResponse.ok(body);
    }

    private static void requireGet(GraphRequest req) {
        if (!req.method.equals("GET")) {
            throw GraphError.methodNotAllowed(req.method);
        }
    }
}
