package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The app the frontline technician calls the expert from, part of every plan since the end of Remote Assist.
 *
 * <ul>
 * <li>Teams mobile with spatial annotations: what Microsoft points Remote Assist customers to "for certain remote
 * collaboration use cases"; the technician shares their space from a phone or tablet with ARCore (Android) or ARKit
 * (iPhone, iPad) (https://learn.microsoft.com/dynamics365/field-service/annotate-teams-mobile).</li>
 * <li>Remote Assist and Guides on HoloLens 2: end of support on 2026-12-31, no new or renewed subscriptions since
 * 2025-11-01
 * (https://learn.microsoft.com/lifecycle/announcements/dynamics-365-guides-remote-assist-end-of-support).
 * Hands-free work on HoloLens has no replacement Microsoft names.</li>
 * <li>Teams desktop (PC or Mac): can annotate in a mobile user's space, not share its own.</li>
 * </ul>
 * Remote Assist mobile, the "mobile" of plans written before, was retired on 2025-03-25
 * (https://learn.microsoft.com/dynamics365/mixed-reality/remote-assist/teams-mobile-all).
 */
public enum TechnicianApp {
    @JsonProperty("teamsMobile")
    TEAMS_MOBILE("Teams mobile with spatial annotations", "Teams mobile, annotations", "a phone or tablet with"
            + " ARCore or ARKit", false),
    @JsonProperty("remoteAssistHoloLens")
    REMOTE_ASSIST_HOLOLENS("Dynamics 365 Remote Assist on HoloLens 2", "Remote Assist, HoloLens 2", "HoloLens 2", true),
    @JsonProperty("guidesHoloLens")
    GUIDES_HOLOLENS("Dynamics 365 Guides on HoloLens 2", "Guides, HoloLens 2", "HoloLens 2", true),
    @JsonProperty("teamsDesktop")
    TEAMS_DESKTOP("Teams desktop", "Teams desktop", "a PC or Mac", false);

    private final String label;
    private final String shortLabel;
    private final String device;
    private final boolean mixedRealityProduct;

    TechnicianApp(String label, String shortLabel, String device, boolean mixedRealityProduct) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.device = device;
        this.mixedRealityProduct = mixedRealityProduct;
    }

    public String label() {
        return label;
    }

    /** The name where room is short (a drop-down at 1024 pixels). */
    public String shortLabel() {
        return shortLabel;
    }

    /** What the technician holds or wears. */
    public String device() {
        return device;
    }

    /** Whether it is Dynamics 365 Remote Assist or Guides, whose support ends ({@link SupportDates}). */
    public boolean endsWithRemoteAssist() {
        return mixedRealityProduct;
    }

    /** The app new plans start with: Microsoft's way forward. */
    public static TechnicianApp forNewPlans() {
        return TEAMS_MOBILE;
    }
}
