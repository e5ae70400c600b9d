package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One direction of a Microsoft Entra cross-tenant access partner setting. */
public enum AccessSetting {
    /** Leave the partner's setting unset so the tenant default applies. */
    @JsonProperty("inherit")
    INHERIT,
    @JsonProperty("allowed")
    ALLOWED,
    @JsonProperty("blocked")
    BLOCKED
}
