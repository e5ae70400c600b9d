package com.tenantbridge.domain.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The four cross-tenant ways to connect a technician with a Teams expert (Microsoft's "Multi-tenant company
 * deployments" and vendor articles, see {@link Source}).
 */
public enum Scenario {
    @JsonProperty("federation")
    FEDERATION("federation", "A", "Multi-tenant federation", "Teams external access between tenants"),
    @JsonProperty("guestAccess")
    GUEST_ACCESS("guestAccess", "B", "Guest access",
            "Experts guested into a Teams team or channel of the technicians' tenant"),
    @JsonProperty("vendorAccounts")
    VENDOR_ACCOUNTS("vendorAccounts", "C", "Vendor service accounts",
            "Accounts in your directory for outside vendors, licensed and kept apart by you"),
    @JsonProperty("anonymousJoin")
    ANONYMOUS_JOIN("anonymousJoin", "D", "Anonymous meeting join",
            "An outside expert joins a scheduled Teams meeting by link");

    private final String jsonName;
    private final String letter;
    private final String title;
    private final String summary;

    Scenario(String jsonName, String letter, String title, String summary) {
        this.jsonName = jsonName;
        this.letter = letter;
        this.title = title;
        this.summary = summary;
    }

    public String letter() {
        return letter;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The name used in plan files, e.g. {@code vendorAccounts}. */
    public String jsonName() {
        return jsonName;
    }

    public static java.util.Optional<Scenario> fromJsonName(String name) {
        for (Scenario s : values()) {
            if (s.jsonName().equals(name)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
