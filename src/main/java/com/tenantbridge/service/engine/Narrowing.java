package com.tenantbridge.service.engine;

import com.tenantbridge.service.port.FederationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says what a change cuts off, in words an admin can weigh before confirming it: Teams external access turned
 * from every organisation into an allow list (Set-CsTenantFederationConfiguration -AllowedDomains replaces
 * AllowAllKnownDomains, so every organisation not listed is cut off), or domains newly blocked.
 */
final class Narrowing {

    private Narrowing() {
    }

    /** What {@code tenant}'s users can no longer reach once {@code wanted} replaces {@code current}; null if none. */
    static String federation(String tenant, FederationConfig current, FederationConfig wanted) {
        if (current == null || !current.allowFederatedUsers()) {
            return null;
        }
        if (!wanted.allowFederatedUsers()) {
            return tenant + "'s users will no longer reach any other organisation in Teams";
        }
        List<String> parts = new ArrayList<>();
        if (current.allowsAllKnownDomains() && !wanted.allowsAllKnownDomains()) {
            parts.add(tenant + "'s users will no longer reach any organisation except " + String.join(", ",
                    wanted.allowedDomains()));
        }
        List<String> blocked = wanted.blockedDomains().stream().filter(d -> current.allows(d)
                && current.blockedDomains().stream().noneMatch(b -> b.equalsIgnoreCase(d))).toList();
        if (!blocked.isEmpty()) {
            parts.add(tenant + "'s users will no longer reach " + String.join(", ", blocked));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A cross-tenant access direction that becomes blocked. */
    static String blocked(String tenant, String direction, String partner) {
        return tenant + ": " + direction.toLowerCase(Locale.ROOT) + " with " + partner + " will be blocked";
    }
}
