package com.tenantbridge.domain.scenario;

import java.util.List;

/**
 * What a scenario needs from an admin's sign-in, in one place: the Microsoft Graph delegated permissions its
 * calls use (least privilege, from API.md) and the PowerShell admin roles for what Graph cannot set. Shown
 * before sign-in; only these are requested.
 */
public record RequiredAccess(Scenario scenario, List<String> graphScopes, boolean teamsPowerShell,
        boolean compliancePowerShell, List<String> adminRoles) {

    /** The "Skype and Teams Tenant Admin API" resource, for Connect-MicrosoftTeams -AccessTokens. */
    public static final String TEAMS_ADMIN_SCOPE = "48ac35b8-9aa8-4d74-927d-1f4a14a0b239/.default";

    public RequiredAccess {
        graphScopes = List.copyOf(graphScopes);
        adminRoles = List.copyOf(adminRoles);
    }

    public static RequiredAccess of(Scenario scenario, boolean informationBarriers) {
        return switch (scenario) {
            case FEDERATION -> new RequiredAccess(scenario, List.of("Organization.Read.All", "Policy.Read.All",
                    "Policy.ReadWrite.CrossTenantAccess", "CrossTenantInformation.ReadBasic.All"), true, false,
                    List.of("Teams Administrator", "Security Administrator (cross-tenant access)"));
            case GUEST_ACCESS -> new RequiredAccess(scenario, List.of("Organization.Read.All", "User.Read.All",
                    "User.Invite.All", "Group.Read.All", "TeamMember.ReadWrite.All", "Policy.Read.All",
                    "Policy.ReadWrite.CrossTenantAccess", "CrossTenantInformation.ReadBasic.All"), true, false,
                    List.of("Teams Administrator", "Guest Inviter or User Administrator"));
            case VENDOR_ACCOUNTS -> new RequiredAccess(scenario, List.of("Organization.Read.All", "User.ReadWrite.All",
                    "LicenseAssignment.ReadWrite.All", "Group.ReadWrite.All", "GroupMember.ReadWrite.All"), false,
                    informationBarriers, informationBarriers
                            ? List.of("User Administrator", "License Administrator", "Compliance Administrator")
                            : List.of("User Administrator", "License Administrator"));
            case ANONYMOUS_JOIN -> new RequiredAccess(scenario, List.of("Organization.Read.All", "User.Read.All",
                    "Calendars.ReadWrite", "OnlineMeetings.ReadWrite"), true, false,
                    List.of("Teams Administrator", "the organizer's own sign-in for the calendar"));
        };
    }
}
