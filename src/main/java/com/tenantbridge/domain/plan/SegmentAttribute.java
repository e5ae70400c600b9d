package com.tenantbridge.domain.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The one user attribute all segments are defined on (New-OrganizationSegment -UserGroupFilter). */
public enum SegmentAttribute {
    /** Membership of a Microsoft Entra group: the segment's value is the group's name. */
    @JsonProperty("memberOf")
    MEMBER_OF("MemberOf"),
    @JsonProperty("department")
    DEPARTMENT("Department"),
    @JsonProperty("company")
    COMPANY("Company");

    private final String filterName;

    SegmentAttribute(String filterName) {
        this.filterName = filterName;
    }

    /** The attribute's name in a UserGroupFilter, e.g. {@code MemberOf -eq 'V1_RemoteAssistUser'}. */
    public String filterName() {
        return filterName;
    }
}
