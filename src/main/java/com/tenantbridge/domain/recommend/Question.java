package com.tenantbridge.domain.recommend;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The recommender's questions, one per row of DOMAIN.md's "Choosing a scenario" table plus feature needs. */
public enum Question {
    @JsonProperty("collaboratorsHaveOwnTenant")
    COLLABORATORS_HAVE_OWN_TENANT(
            "Do the collaborators already have their own tenant with Remote Assist and Teams licences?",
            "Technicians licensed for Remote Assist and experts licensed for Teams, each in their own tenant."),
    @JsonProperty("perTeamControl")
    PER_TEAM_CONTROL(
            "Must you decide, team by team, who can reach whom across tenants?",
            "For example: only the experts of one support team may be reached from a partner tenant."),
    @JsonProperty("vendorsLackLicences")
    VENDORS_LACK_LICENCES(
            "Do the vendors lack Remote Assist licences or a tenant, so your tenant would license them?",
            "Contractors with only a personal address (such as outlook.com) count as having no tenant."),
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
            "Are technicians on Remote Assist mobile (phone or tablet)?",
            "Answer no if every technician uses HoloLens."),
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
