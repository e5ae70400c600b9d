package com.tenantbridge.domain.recommend;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Answer {
    @JsonProperty("yes")
    YES("Yes"),
    @JsonProperty("no")
    NO("No"),
    @JsonProperty("unsure")
    UNSURE("Not sure");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
