package com.tenantbridge.domain.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules a plan can knowingly deviate from: security baselines a scenario weakens, and a product kept past its
 * end of support. A plan may accept a deviation by the rule's id
 * (e.g. {@code "MS.TEAMS.2.1v2"}); the check then reports it as an accepted deviation instead of a failure.
 */
public enum Baseline {
    TEAMS_EXTERNAL_ACCESS("MS.TEAMS.2.1v2", "CISA ScubaGear MS.TEAMS.2.1v2"),
    ANONYMOUS_JOIN("MT.1046", "Maester MT.1046"),
    B2B_INBOUND("MS.AAD.8.3", "CISA MS.AAD.8.3 (as Maester reads it)"),
    /**
     * Keeping Dynamics 365 Remote Assist or Guides past their end of support on 2026-12-31
     * (https://learn.microsoft.com/lifecycle/announcements/dynamics-365-guides-remote-assist-end-of-support):
     * a product's lifecycle, not a security setting, accepted the same way.
     */
    REMOTE_ASSIST_END_OF_SUPPORT("D365-MR-EOS-2026", "Dynamics 365 Remote Assist and Guides end of support"
            + " (2026-12-31)");

    private final String id;
    private final String label;

    Baseline(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The rule's id as the plan file holds it. */
    public String id() {
        return id;
    }

    /** The rule as checks and reports name it, with its source. */
    public String label() {
        return label;
    }

    public static Optional<Baseline> byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equalsIgnoreCase(id)).findFirst();
    }

    public static Optional<Baseline> byLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Baseline::id).toList();
    }
}
