package com.tenantbridge.service.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** App registrations in a tenant (Microsoft Graph /applications and /servicePrincipals). */
public interface AppRegistrationService {

    record App(String id, String appId, String displayName) {
    }

    /** The registration of that name, if the tenant has one. */
    Optional<App> findApp(String displayName);

    /** The delegated permissions {@code resourceAppId} publishes in this tenant, by value (e.g. User.Read) → id. */
    Map<String, String> delegatedPermissionIds(String resourceAppId);

    /** A public-client app (loopback redirect) asking for the given delegated permission ids per resource. */
    App register(String displayName, String redirectUri, Map<String, List<String>> permissionIdsByResource);

    /** The app's service principal in this tenant, so an admin can consent to it. */
    void addServicePrincipal(String appId);
}
