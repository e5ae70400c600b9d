package com.tenantbridge.domain.scenario;

/** The Microsoft articles the facts are taken from (../shared/seeds), so every fact can be traced. */
public enum Source {
    VENDORS_FULL_CAPABILITIES("Vendors and customers use full Dynamics 365 Remote Assist capabilities", "seed 000"),
    VENDORS_USE_TEAMS("Vendor and contractor usage of Remote Assist (vendors use the Teams app)", "seed 001"),
    VENDORS_USE_REMOTE_ASSIST("Vendors and contractors use Remote Assist", "seed 002"),
    CROSS_TENANT_LICENSING("Cross-tenant Remote Assist licensing implementation", "seed 003"),
    MULTI_TENANT("Multi-tenant company deployments", "seed 004");

    private final String title;
    private final String seed;

    Source(String title, String seed) {
        this.title = title;
        this.seed = seed;
    }

    public String title() {
        return title;
    }

    public String seed() {
        return seed;
    }

    public String citation() {
        return "Microsoft Learn, \u201c" + title + "\u201d (" + seed + ")";
    }
}
