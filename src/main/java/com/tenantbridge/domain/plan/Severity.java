package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Severity {
    /** The plan cannot be applied until this is fixed. */
    @JsonProperty("error")
    ERROR,
    /** The plan can be applied, but the admin should know. */
    @JsonProperty("warning")
    WARNING
}
