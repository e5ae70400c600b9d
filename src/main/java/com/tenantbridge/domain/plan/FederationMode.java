package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Teams external access modes (Set-CsTenantFederationConfiguration). */
public enum FederationMode {
    /** AllowFederatedUsers, AllowedDomains = AllowAllKnownDomains, no blocked domains: the Teams default. */
    @JsonProperty("open")
    OPEN("Open federation"),
    /** AllowedDomains lists exactly the partners. */
    @JsonProperty("allowSpecific")
    ALLOW_SPECIFIC("Allow specific domains"),
    /** AllowAllKnownDomains with a BlockedDomains list. */
    @JsonProperty("blockSpecific")
    BLOCK_SPECIFIC("Block specific domains");

    private final String label;

    FederationMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
