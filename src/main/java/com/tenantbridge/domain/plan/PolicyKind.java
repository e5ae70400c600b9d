package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PolicyKind {
    /** The segment may communicate ONLY with the listed segments (New-InformationBarrierPolicy -SegmentsAllowed). */
    @JsonProperty("allow")
    ALLOW,
    /** The segment may not communicate with the listed segments (-SegmentsBlocked). */
    @JsonProperty("block")
    BLOCK
}
