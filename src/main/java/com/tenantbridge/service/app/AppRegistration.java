package com.tenantbridge.service.app;

import com.tenantbridge.service.port.AppRegistrationService;
import com.tenantbridge.service.port.PortException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers TenantBridge's own app in the admin's tenant: a public client with exactly {@link AppPermissions},
 * each permission named by the id its resource publishes in that tenant, and its service principal, then says
 * where the admin consents. A tenant that already has the registration is only told about it: nothing is written.
 */
public final class AppRegistration {

    /** What happened: the app, whether this call created it, what it asks for, and where to consent. */
    public record Result(AppRegistrationService.App app, boolean created, Map<String, List<String>> permissions,
            String consentUrl) {
    }

    public static final String REDIRECT_URI = "http://localhost";

    private AppRegistration() {
    }

    public static Result register(AppRegistrationService apps, String tenant, String displayName) {
        Map<String, List<String>> needed = AppPermissions.needed();
        Optional<AppRegistrationService.App> existing = apps.findApp(displayName);
        if (existing.isPresent()) {
            return new Result(existing.get(), false, needed, consentUrl(tenant, existing.get().appId()));
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        needed.forEach((resource, values) -> {
            Map<String, String> published = apps.delegatedPermissionIds(resource);
            List<String> resolved = new ArrayList<>();
            for (String v : values) {
                String id = published.get(v);
                if (id == null) {
                    unknown.add(AppPermissions.name(resource) + " " + v);
                } else {
                    resolved.add(id);
                }
            }
            ids.put(resource, resolved);
        });
        if (!unknown.isEmpty()) {
            // Nothing is written: a registration missing a permission would fail later, at a worse moment.
            throw new PortException(tenant + " does not publish " + String.join(", ", unknown) + ": nothing was"
                    + " registered; register the app by hand as README describes");
        }
        AppRegistrationService.App app = apps.register(displayName, REDIRECT_URI, ids);
        apps.addServicePrincipal(app.appId());
        return new Result(app, true, needed, consentUrl(tenant, app.appId()));
    }

    /** Microsoft identity platform's admin-consent endpoint for the app in that tenant. */
    static String consentUrl(String tenant, String appId) {
        return "https://login.microsoftonline.com/" + tenant + "/adminconsent?client_id=" + appId;
    }
}
