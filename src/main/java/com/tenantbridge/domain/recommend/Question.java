package com.tenantbridge.domain.recommend;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The recommender's questions, one per way Microsoft's articles tell the scenarios apart
 * (https://learn.microsoft.com/dynamics365/mixed-reality/remote-assist/multi-tenant-deployment and the vendor articles), plus the Teams era's device and annotation licence. */
public enum Question {
    @JsonProperty("collaboratorsHaveOwnTenant")
    COLLABORATORS_HAVE_OWN_TENANT(
            "Do the collaborators already have their own Microsoft 365 tenant with Teams?",
            "Technicians and experts each licensed for Teams in their own organisation's tenant."),
    @JsonProperty("perTeamControl")
    PER_TEAM_CONTROL(
            "Must you decide, team by team, who can reach whom across tenants?",
            "For example: only the experts of one support team may be reached from a partner tenant."),
    @JsonProperty("vendorsLackLicences")
    VENDORS_LACK_LICENCES(
            "Should vendors get accounts inside your directory, licensed by you and kept apart?",
            "For vendors and contractors with no tenant of their own (a personal address such as outlook.com"
                    + " counts), or whom you want under your own policies."),
    @JsonProperty("isolateVendors")
    ISOLATE_VENDORS(
            "Must vendors of different companies be kept from reaching each other?",
            "Vendor1's people must not find or call Vendor2's people."),
    @JsonProperty("oneOffExpert")
    ONE_OFF_EXPERT(
            "Is it one-off help from an outside expert, with no setup in their tenant?",
            "For example, the equipment maker's expert guides your technician once."),
    @JsonProperty("techniciansOnMobile")
    TECHNICIANS_ON_MOBILE(
            "Do technicians call from a phone or tablet (Teams mobile) rather than a HoloLens 2?",
            "Teams mobile with spatial annotations took the place of Remote Assist mobile (retired on 2025-03-25):"
                    + " a phone or tablet with ARCore or ARKit. Answer no if every technician wears a HoloLens 2."),
    @JsonProperty("annotationLicence")
    ANNOTATION_LICENCE(
            "Can someone on every call \u2014 usually your expert \u2014 hold a Dynamics 365 Field Service licence?",
            "Spatial annotations work in a Teams call as long as one person on it holds Field Service (or Guides or"
                    + " Remote Assist until 2026-12-31); the others join on a one-time basis."),
    @JsonProperty("groupCallsOrFiles")
    GROUP_CALLS_OR_FILES(
            "Are group calls or file sharing across organisations needed?",
            "More than two parties in a call, or sending files to the other organisation.");

    private final String text;
    private final String hint;

    Question(String text, String hint) {
        this.text = text;
        this.hint = hint;
    }

    public String text() {
        return text;
    }

    public String hint() {
        return hint;
    }
}
