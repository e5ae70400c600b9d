package com.tenantbridge.domain.reach;

import java.util.List;

/** A tenant's Teams external access as reachability needs it (Set-CsTenantFederationConfiguration). */
public record ExternalAccess(boolean enabled, boolean allowAll, List<String> allowed, List<String> blocked) {

    public ExternalAccess {
        allowed = List.copyOf(allowed);
        blocked = List.copyOf(blocked);
    }

    public static ExternalAccess open() {
        return new ExternalAccess(true, true, List.of(), List.of());
    }

    public static ExternalAccess only(List<String> domains) {
        return new ExternalAccess(true, false, domains, List.of());
    }

    public static ExternalAccess blocking(List<String> domains) {
        return new ExternalAccess(true, true, List.of(), domains);
    }

    /** Whether users of a tenant with these domains get in; empty when they do, else why not. */
    public java.util.Optional<String> refuses(String tenant, List<String> otherDomains) {
        if (!enabled) {
            return java.util.Optional.of(tenant + " has external access turned off");
        }
        if (!allowAll) {
            return otherDomains.stream().anyMatch(d -> allowed.stream().anyMatch(d::equalsIgnoreCase))
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(allowed.isEmpty() ? tenant + " allows no external domain"
                            : tenant + " allows only " + String.join(", ", allowed));
        }
        return otherDomains.stream().filter(d -> blocked.stream().anyMatch(d::equalsIgnoreCase)).findFirst()
                .map(d -> tenant + " blocks " + d);
    }
}
