package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the guest does in a Remote Assist call; technicians should not be guested (RA works in one tenant). */
public enum GuestRole {
    @JsonProperty("expert")
    EXPERT,
    @JsonProperty("technician")
    TECHNICIAN
}
