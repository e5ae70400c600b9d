package com.tenantbridge.service.port;

import java.util.List;

/**
 * Teams tenant federation (Get/Set-CsTenantFederationConfiguration). {@code allowedDomains} null means
 * AllowAllKnownDomains; an empty list blocks every external domain.
 */
public record FederationConfig(boolean allowFederatedUsers, List<String> allowedDomains, List<String> blockedDomains) {

    public FederationConfig {
        allowedDomains = allowedDomains == null ? null : List.copyOf(allowedDomains);
        blockedDomains = List.copyOf(blockedDomains);
    }

    public boolean allowsAllKnownDomains() {
        return allowedDomains == null;
    }

    /** Whether users of {@code domain} can reach this tenant's users over external access. */
    public boolean allows(String domain) {
        if (!allowFederatedUsers) {
            return false;
        }
        if (allowedDomains != null) {
            return allowedDomains.stream().anyMatch(d -> d.equalsIgnoreCase(domain));
        }
        return blockedDomains.stream().noneMatch(d -> d.equalsIgnoreCase(domain));
    }
}
