package com.tenantbridge.domain.scenario;

/** The rows of the side-by-side comparison: what a scenario can or cannot do for a technician's call. */
public enum Capability {
    REMOTE_ASSIST_HOLOLENS("Technicians on Remote Assist HoloLens (support ends 2026-12-31)"),
    TEAMS_MOBILE_TECHNICIAN("Technicians on Teams mobile, with spatial annotations"),
    TEAMS_MOBILE_EXPERT("Experts on Teams mobile"),
    AD_HOC_CALLS("Ad-hoc calls without scheduling a meeting"),
    GROUP_CALLS("Group calls across organisations"),
    FILE_SHARING("File sharing across organisations"),
    FIND_BY_NAME("Find the other party by name (no full email needed)"),
    FINE_GRAINED_CONTROL("Control who reaches whom (per team, per vendor)"),
    NO_PARTNER_SETUP("No setup in the other party's tenant"),
    OUTSIDER_NEEDS_NO_LICENCE("Outside party needs no licence of its own");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
