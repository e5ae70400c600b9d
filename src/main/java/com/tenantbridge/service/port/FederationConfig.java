package com.tenantbridge.service.port;

import com.tenantbridge.domain.Words;
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

    /**
     * The setting in the words a customer reads, lower case: "open to every organisation", "only contoso1.com and
     * contoso2.com; blocked: fabrikam.com", "off: its users reach no other organisation in Teams".
     */
    public String inWords() {
        if (!allowFederatedUsers) {
            return "off: its users reach no other organisation in Teams";
        }
        String blocked = blockedDomains.isEmpty() ? "" : "; blocked: " + Words.and(blockedDomains);
        if (allowsAllKnownDomains()) {
            return "open to every organisation" + blocked;
        }
        return allowedDomains.isEmpty() ? "an allow list with no organisation on it: its users reach none"
                : "only " + Words.and(allowedDomains) + blocked;
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
