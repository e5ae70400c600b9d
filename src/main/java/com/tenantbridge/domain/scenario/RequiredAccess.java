package com.tenantbridge.domain.scenario;

import java.util.List;

/**
 * What a scenario needs from an admin's sign-in, in one place: the Microsoft Graph delegated permissions its
 * calls use (least privilege, from each call's Graph v1.0 reference page) and the PowerShell admin roles for what
 * Graph cannot set. Shown before sign-in; only these are requested.
 */
public record RequiredAccess(Scenario scenario, List<String> graphScopes, boolean teamsPowerShell,
        boolean compliancePowerShell, List<String> adminRoles) {

    /**
     * What the organizer's own sign-in asks for, to make the meeting on their calendar and set its lobby:
     * Calendars.ReadWrite (user-post-events, event-delete) and OnlineMeetings.ReadWrite (onlinemeeting-update), the
     * least the reference pages list for a signed-in user's own calendar and meetings.
     */
    public static final List<String> ORGANIZER_SCOPES = List.of("Calendars.ReadWrite", "OnlineMeetings.ReadWrite");

    /** The same, asking also for {@code more} Graph scopes. */
    public RequiredAccess withScopes(List<String> more) {
        java.util.Set<String> scopes = new java.util.LinkedHashSet<>(graphScopes);
        scopes.addAll(more);
        return new RequiredAccess(scenario, List.copyOf(scopes), teamsPowerShell, compliancePowerShell, adminRoles);
    }

    /** One sign-in for both: every scope, PowerShell and role of each; the scenario where both have the same. */
    public RequiredAccess merge(RequiredAccess other) {
        java.util.Set<String> roles = new java.util.LinkedHashSet<>(adminRoles);
        roles.addAll(other.adminRoles());
        return new RequiredAccess(java.util.Objects.equals(scenario, other.scenario()) ? scenario : null,
                withScopes(other.graphScopes()).graphScopes(), teamsPowerShell || other.teamsPowerShell(),
                compliancePowerShell || other.compliancePowerShell(), List.copyOf(roles));
    }

    /** Every Graph scope any scenario asks for, to run, to resume or to roll back, in a stable order. */
    public static List<String> everyScenarioScopes() {
        java.util.Set<String> scopes = new java.util.LinkedHashSet<>();
        for (Scenario s : Scenario.values()) {
            for (boolean barriers : new boolean[] {false, true}) {
                RequiredAccess a = of(s, barriers, true);
                scopes.addAll(a.graphScopes());
                scopes.addAll(a.toUndo().graphScopes());
                scopes.addAll(a.toResume().graphScopes());
            }
        }
        return List.copyOf(scopes);
    }

    /** The "Skype and Teams Tenant Admin API" resource, for Connect-MicrosoftTeams -AccessTokens. */
    public static final String TEAMS_ADMIN_SCOPE = "48ac35b8-9aa8-4d74-927d-1f4a14a0b239/.default";

    public RequiredAccess {
        graphScopes = List.copyOf(graphScopes);
        adminRoles = List.copyOf(adminRoles);
    }

    /** As for a plan that sets Entra cross-tenant partner settings (the most a scenario can ask for). */
    public static RequiredAccess of(Scenario scenario, boolean informationBarriers) {
        return of(scenario, informationBarriers, true);
    }

    /**
     * @param partnerSettings whether the plan writes Entra cross-tenant access partner settings; without them
     *        federation reads no policy at all and guest access only reads it for its checks
     */
    public static RequiredAccess of(Scenario scenario, boolean informationBarriers, boolean partnerSettings) {
        return switch (scenario) {
            case FEDERATION -> partnerSettings
                    ? new RequiredAccess(scenario, List.of("Organization.Read.All", "Policy.Read.All",
                            "Policy.ReadWrite.CrossTenantAccess", "CrossTenantInformation.ReadBasic.All"), true, false,
                            List.of("Teams Administrator", "Security Administrator (cross-tenant access)"))
                    : new RequiredAccess(scenario, List.of("Organization.Read.All"), true, false,
                            List.of("Teams Administrator"));
            case GUEST_ACCESS -> new RequiredAccess(scenario, partnerSettings
                    // team-list-members names TeamMember.Read.All (least); the NonOwnerRole scope is for the
                    // writes (team-post-members, team-delete-members).
                    ? List.of("Organization.Read.All", "User.Read.All", "User.Invite.All", "Group.Read.All",
                            "TeamMember.Read.All", "TeamMember.ReadWriteNonOwnerRole.All", "Policy.Read.All",
                            "Policy.ReadWrite.CrossTenantAccess", "CrossTenantInformation.ReadBasic.All")
                    : List.of("Organization.Read.All", "User.Read.All", "User.Invite.All", "Group.Read.All",
                            "TeamMember.Read.All", "TeamMember.ReadWriteNonOwnerRole.All", "Policy.Read.All",
                            "CrossTenantInformation.ReadBasic.All"),
                    true, false, partnerSettings
                            ? List.of("Teams Administrator", "Guest Inviter or User Administrator",
                                    "Security Administrator (cross-tenant access)")
                            : List.of("Teams Administrator", "Guest Inviter or User Administrator"));
            // Barriers also read whether the barrier processor was consented to (serviceprincipal-get).
            case VENDOR_ACCOUNTS -> new RequiredAccess(scenario, informationBarriers
                    ? List.of("Organization.Read.All", "User.ReadWrite.All", "LicenseAssignment.ReadWrite.All",
                            "Group.ReadWrite.All", "GroupMember.ReadWrite.All", "Application.Read.All")
                    : List.of("Organization.Read.All", "User.ReadWrite.All", "LicenseAssignment.ReadWrite.All",
                            "Group.ReadWrite.All", "GroupMember.ReadWrite.All"), false,
                    informationBarriers, informationBarriers
                            ? List.of("User Administrator", "License Administrator", "Compliance Administrator")
                            : List.of("User Administrator", "License Administrator"));
            // The meeting is the organizer's own: they sign in for it (ORGANIZER_SCOPES); the admin's token
            // never writes another user's calendar.
            case ANONYMOUS_JOIN -> new RequiredAccess(scenario, List.of("Organization.Read.All", "User.Read.All"), true,
                    false, List.of("Teams Administrator", "the organizer's own sign-in for the meeting"));
        };
    }

    /** As this, for a plan that may still gain Entra partner settings (the wizard signs in before Details). */
    public RequiredAccess withPartnerSettings() {
        return of(scenario, compliancePowerShell, true);
    }

    /**
     * This access plus what undoing a run needs beyond applying it: deleting an invited guest takes
     * User.ReadWrite.All (Graph has no narrower permission for DELETE /users), which guest access never asks for
     * otherwise. Everything else a rollback calls is covered by the permission that made the change.
     */
    public RequiredAccess toUndo() {
        List<String> extra = scenario == Scenario.GUEST_ACCESS ? List.of("User.ReadWrite.All") : List.of();
        java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>(graphScopes);
        scopes.addAll(extra);
        java.util.LinkedHashSet<String> roles = new java.util.LinkedHashSet<>(adminRoles);
        if (!extra.isEmpty()) {
            roles.add("User Administrator (to delete the guests)");
        }
        return new RequiredAccess(scenario, List.copyOf(scopes), teamsPowerShell, compliancePowerShell,
                List.copyOf(roles));
    }

    /**
     * What resuming an interrupted run needs besides applying: an account the killed run created but never handed
     * out gets a new one-time password (PATCH /users/{id} passwordProfile). Microsoft's user-update page is unclear:
     * its permission table names User-PasswordProfile.ReadWrite.All for passwordProfile, an older note
     * Directory.AccessAsUser.All; the narrower one is asked for.
     */
    public RequiredAccess toResume() {
        if (scenario != Scenario.VENDOR_ACCOUNTS) {
            return this;
        }
        java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>(graphScopes);
        scopes.add("User-PasswordProfile.ReadWrite.All");
        return new RequiredAccess(scenario, List.copyOf(scopes), teamsPowerShell, compliancePowerShell, adminRoles);
    }
}
