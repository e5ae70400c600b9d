package com.tenantbridge.graph;

import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.tenantbridge.service.port.PortException;
import java.util.ArrayList;
import java.util.List;

/** What the signed-in admin holds and what the tenant consented to: the doctor's and the barrier checks' reads. */
final class GraphConsents {

    private GraphConsents() {
    }

    /** serviceprincipal-get by appId (Application.Read.All): false on 404, where nobody consented to the app. */
    static boolean servicePrincipalPresent(GraphServiceClient graph, String appId) {
        try {
            GraphErrors.answered("read the service principal of " + appId, () -> graph.servicePrincipalsWithAppId(appId)
                    .get(r -> r.queryParameters.select = new String[] {"id", "appId"}));
            return true;
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return false;
            }
            throw GraphErrors.translate("read the service principal of " + appId, e);
        }
    }

    /** user-list-memberof on /me (User.Read): the directory roles among the admin's direct memberships, every page. */
    static List<String> signedInRoles(GraphServiceClient graph) {
        List<String> roles = new ArrayList<>();
        DirectoryObjectCollectionResponse first = GraphErrors.call("list the signed-in admin's roles",
                () -> graph.me().memberOf().get());
        try {
            new PageIterator.Builder<DirectoryObject, DirectoryObjectCollectionResponse>()
                    .client(graph)
                    .collectionPage(first)
                    .collectionPageFactory(DirectoryObjectCollectionResponse::createFromDiscriminatorValue)
                    .processPageItemCallback(o -> {
                        if (o instanceof com.microsoft.graph.models.DirectoryRole role) {
                            roles.add(role.getDisplayName());
                        }
                        return true;
                    })
                    .build()
                    .iterate();
        } catch (ReflectiveOperationException e) {
            throw new PortException(0, "", "could not page through the signed-in admin's roles", e);
        } catch (ApiException e) {
            throw GraphErrors.translate("list the signed-in admin's roles", e);
        }
        return roles;
    }
}
