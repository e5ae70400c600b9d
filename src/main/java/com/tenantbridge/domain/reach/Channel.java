package com.tenantbridge.domain.reach;

/** The ways one person reaches another in Teams that information barriers and external access govern. */
public enum Channel {
    SEARCH("Search"),
    CHAT("Chat"),
    CALL("Call"),
    MEETING("Invite to a meeting"),
    SCREEN("Share a screen");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
