package com.tenantbridge.domain.scenario;

/**
 * The Microsoft Learn articles the facts are taken from, each by its title and address, so every fact can be traced
 * by whoever reads a report. Two facts' articles are one page: its 2024 revision retitled it "Vendors and customers
 * use full Dynamics 365 Remote Assist capabilities". The Remote Assist articles describe the Remote Assist era; the
 * Teams-era facts (spatial annotations, the end of Remote Assist) come from the last three.
 */
public enum Source {
    VENDORS_FULL_CAPABILITIES("Vendors and customers use full Dynamics 365 Remote Assist capabilities",
            "vendor-use-ra"),
    VENDORS_USE_TEAMS("Vendor and contractor usage of Remote Assist (vendors use the Teams app)", "vendor-use-teams"),
    VENDORS_USE_REMOTE_ASSIST("Vendors and contractors use Remote Assist", "vendor-use-ra"),
    CROSS_TENANT_LICENSING("Cross-tenant Remote Assist licensing implementation",
            "cross-tenant-licensing-implementation"),
    MULTI_TENANT("Multi-tenant company deployments", "multi-tenant-deployment"),
    /** Field Service's page on spatial annotations in Teams (also on the Remote Assist and Guides pages). */
    TEAMS_ANNOTATIONS("Use spatial annotations in Teams",
            "https://learn.microsoft.com/dynamics365/field-service/annotate-teams-mobile"),
    /** The Remote Assist pages' note on Remote Assist mobile, retired on 2025-03-25. */
    TEAMS_MOBILE_INSTEAD("Collaborate with other users in Teams mobile", "teams-mobile-all"),
    REMOTE_ASSIST_END("Dynamics 365 Guides and Dynamics 365 Remote Assist end of support",
            "https://learn.microsoft.com/lifecycle/announcements/dynamics-365-guides-remote-assist-end-of-support");

    private static final String BASE = "https://learn.microsoft.com/dynamics365/mixed-reality/remote-assist/";

    private final String title;
    private final String page;

    /** {@code page}: a Remote Assist article's name, or a whole address elsewhere on Microsoft Learn. */
    Source(String title, String page) {
        this.title = title;
        this.page = page;
    }

    public String title() {
        return title;
    }

    /** The article's address on Microsoft Learn. */
    public String url() {
        return page.startsWith("https://") ? page : BASE + page;
    }

    /** "Microsoft Learn, “title”", for a line; the address goes with it where a link can be shown. */
    public String citation() {
        return "Microsoft Learn, \u201c" + title + "\u201d";
    }
}
