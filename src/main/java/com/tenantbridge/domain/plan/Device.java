package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the vendor runs Remote Assist; a HoloLens account gets a device PIN instead of its password. */
public enum Device {
    @JsonProperty("hololens")
    HOLOLENS,
    @JsonProperty("mobile")
    MOBILE
}
