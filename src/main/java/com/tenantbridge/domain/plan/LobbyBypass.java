package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Graph's lobbyBypassScope for one meeting. */
public enum LobbyBypass {
    @JsonProperty("organizer")
    ORGANIZER,
    @JsonProperty("organization")
    ORGANIZATION,
    @JsonProperty("organizationAndFederated")
    ORGANIZATION_AND_FEDERATED,
    /** Anonymous participants go straight in: needed when the HoloLens organizer cannot admit from the lobby. */
    @JsonProperty("everyone")
    EVERYONE,
    @JsonProperty("invited")
    INVITED,
    @JsonProperty("organizationExcludingGuests")
    ORGANIZATION_EXCLUDING_GUESTS
}
