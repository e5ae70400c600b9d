package com.tenantbridge.graph;

import com.microsoft.graph.models.Application;
import com.microsoft.graph.models.PermissionScope;
import com.microsoft.graph.models.PublicClientApplication;
import com.microsoft.graph.models.RequiredResourceAccess;
import com.microsoft.graph.models.ResourceAccess;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.tenantbridge.service.port.AppRegistrationService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * App registrations through Microsoft Graph: application-list ($filter on displayName), serviceprincipal-get
 * (oauth2PermissionScopes, the delegated permissions a resource publishes), application-post-applications and
 * serviceprincipal-post-serviceprincipals; Application.ReadWrite.All.
 */
public final class GraphAppRegistrationService implements AppRegistrationService {

    private final GraphServiceClient graph;

    public GraphAppRegistrationService(GraphServiceClient graph) {
        this.graph = graph;
    }

    @Override
    public Optional<App> findApp(String displayName) {
        var page = GraphErrors.call("find the app " + displayName, () -> graph.applications().get(r -> {
            r.queryParameters.filter = "displayName eq '" + displayName.replace("'", "''") + "'";
            r.queryParameters.select = new String[] {"id", "appId", "displayName"};
        }));
        return page == null || page.getValue() == null ? Optional.empty() : page.getValue().stream().findFirst()
                .map(a -> new App(a.getId(), a.getAppId(), a.getDisplayName()));
    }

    @Override
    public Map<String, String> delegatedPermissionIds(String resourceAppId) {
        ServicePrincipal sp;
        try {
            sp = GraphErrors.answered("read the permissions of " + resourceAppId, () -> graph
                    .servicePrincipalsWithAppId(resourceAppId).get(r -> r.queryParameters.select = new String[] {
                        "id", "appId", "oauth2PermissionScopes"}));
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return Map.of();
            }
            throw GraphErrors.translate("read the permissions of " + resourceAppId, e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (sp.getOauth2PermissionScopes() != null) {
            for (PermissionScope s : sp.getOauth2PermissionScopes()) {
                out.put(s.getValue(), s.getId().toString());
            }
        }
        return out;
    }

    @Override
    public App register(String displayName, String redirectUri, Map<String, List<String>> permissionIdsByResource) {
        Application app = new Application();
        app.setDisplayName(displayName);
        app.setSignInAudience("AzureADMyOrg");
        PublicClientApplication client = new PublicClientApplication();
        client.setRedirectUris(List.of(redirectUri));
        app.setPublicClient(client);
        app.setIsFallbackPublicClient(true);
        List<RequiredResourceAccess> required = new ArrayList<>();
        permissionIdsByResource.forEach((resource, ids) -> {
            RequiredResourceAccess r = new RequiredResourceAccess();
            r.setResourceAppId(resource);
            r.setResourceAccess(ids.stream().map(id -> {
                ResourceAccess a = new ResourceAccess();
                a.setId(UUID.fromString(id));
                a.setType("Scope");
                return a;
            }).toList());
            required.add(r);
        });
        app.setRequiredResourceAccess(required);
        Application created = GraphErrors.call("register the app " + displayName, () -> graph.applications()
                .post(app));
        return new App(created.getId(), created.getAppId(), created.getDisplayName());
    }

    @Override
    public void addServicePrincipal(String appId) {
        ServicePrincipal sp = new ServicePrincipal();
        sp.setAppId(appId);
        GraphErrors.call("add the app's service principal", () -> graph.servicePrincipals().post(sp));
    }
}
