package com.tenantbridge.demo;

import java.util.List;
import java.util.Locale;

/**
 * The delegated permissions each Graph call the demo tenant serves requires, as Microsoft's reference pages list
 * them: the least privileged first, then the higher ones that also do (the page's "Permissions" table for that
 * call, under https://learn.microsoft.com/graph/api/). A token without any of them gets 403
 * Authorization_RequestDenied, as Graph answers. Calendars and online meetings of another user also need that
 * calendar shared with the caller ("Get shared or delegated Outlook calendar"), else 403 ErrorAccessDenied.
 */
final class Permissions {

    private record Rule(String method, String pattern, List<String> anyOf) {
    }

    private static final List<String> READ_USERS = List.of("User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
            "Directory.ReadWrite.All", "User.ReadBasic.All");
    private static final List<String> WRITE_USERS = List.of("User.ReadWrite.All", "Directory.ReadWrite.All");
    private static final List<String> READ_GROUPS = List.of("GroupMember.Read.All", "Group.Read.All",
            "GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All");
    private static final List<String> WRITE_MEMBERS = List.of("GroupMember.ReadWrite.All", "Group.ReadWrite.All",
            "Directory.ReadWrite.All");
    private static final List<String> READ_POLICY = List.of("Policy.Read.All", "Policy.ReadWrite.CrossTenantAccess");
    private static final List<String> ORGANIZATION = List.of("User.Read", "Organization.Read.All",
            "Directory.Read.All", "Organization.ReadWrite.All", "Directory.ReadWrite.All");

    private static final List<Rule> RULES = List.of(
            // organization-list, domain-list, subscribedsku-list
            new Rule("GET", "organization", ORGANIZATION),
            new Rule("GET", "organization/*", ORGANIZATION),
            new Rule("GET", "domains", List.of("Domain.Read.All", "Directory.Read.All", "Domain.ReadWrite.All",
                    "Directory.ReadWrite.All", "Organization.Read.All")),
            new Rule("GET", "subscribedSkus", List.of("LicenseAssignment.Read.All", "Organization.Read.All",
                    "Directory.Read.All", "Organization.ReadWrite.All", "Directory.ReadWrite.All",
                    "LicenseAssignment.ReadWrite.All")),
            // directory-list-subscriptions, companysubscription-get
            new Rule("GET", "directory/subscriptions", List.of("Organization.Read.All", "Directory.Read.All",
                    "Organization.ReadWrite.All")),
            new Rule("GET", "directory/subscriptions/*", List.of("Organization.Read.All", "Directory.Read.All",
                    "Organization.ReadWrite.All")),
            // user-list, user-get, user-post-users, user-update, user-delete, user-assignlicense, invitation-post
            new Rule("GET", "users", READ_USERS),
            new Rule("GET", "users/*", READ_USERS),
            new Rule("GET", "users/*/licenseDetails", READ_USERS),
            new Rule("GET", "users/*/memberOf", List.of("User.Read.All", "GroupMember.Read.All", "Directory.Read.All",
                    "User.ReadWrite.All", "Directory.ReadWrite.All")),
            new Rule("POST", "users", WRITE_USERS),
            new Rule("PATCH", "users/*", List.of("User-PasswordProfile.ReadWrite.All", "User.ReadWrite.All",
                    "Directory.ReadWrite.All", "User.EnableDisableAccount.All", "User.ManageIdentities.All")),
            new Rule("DELETE", "users/*", List.of("User.DeleteRestore.All", "User.ReadWrite.All")),
            new Rule("POST", "users/*/assignLicense", List.of("LicenseAssignment.ReadWrite.All", "User.ReadWrite.All",
                    "Directory.ReadWrite.All")),
            new Rule("POST", "invitations", List.of("User.Invite.All", "User.ReadWrite.All",
            "Directory.ReadWrite.All")),
            // group-list, group-get, group-post-groups, group-update, group-delete, group-list-members,
            // group-post-members, group-delete-members, group-assignlicense
            new Rule("GET", "groups", READ_GROUPS),
            new Rule("GET", "groups/*", READ_GROUPS),
            new Rule("GET", "groups/*/members", READ_GROUPS),
            // group-list-memberswithlicenseerrors
            new Rule("GET", "groups/*/membersWithLicenseErrors", List.of("GroupMember.Read.All", "Group.Read.All",
                    "GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.Read.All")),
            new Rule("POST", "groups", List.of("Group.Create", "Group.ReadWrite.All", "Directory.ReadWrite.All")),
            new Rule("PATCH", "groups/*", List.of("GroupMember.ReadWrite.All", "Group.ReadWrite.All",
                    "Directory.ReadWrite.All")),
            new Rule("DELETE", "groups/*", List.of("Group.ReadWrite.All")),
            new Rule("POST", "groups/*/members/$ref", WRITE_MEMBERS),
            new Rule("DELETE", "groups/*/members/*/$ref", WRITE_MEMBERS),
            new Rule("POST", "groups/*/assignLicense", List.of("LicenseAssignment.ReadWrite.All",
                    "Group.ReadWrite.All", "Directory.ReadWrite.All")),
            // team-get, team-list-members, team-post-members, team-delete-members
            new Rule("GET", "teams/*", List.of("Team.ReadBasic.All", "TeamSettings.Read.All", "Group.Read.All",
                    "TeamSettings.ReadWrite.All", "Group.ReadWrite.All", "Directory.Read.All",
                    "Directory.ReadWrite.All")),
            // team-list-members: TeamMember.Read.All, TeamMember.ReadWrite.All (the NonOwnerRole scope is not listed).
            new Rule("GET", "teams/*/members", List.of("TeamMember.Read.All", "TeamMember.ReadWrite.All")),
            new Rule("POST", "teams/*/members", List.of("TeamMember.ReadWriteNonOwnerRole.All",
                    "TeamMember.ReadWrite.All")),
            new Rule("DELETE", "teams/*/members/*", List.of("TeamMember.ReadWriteNonOwnerRole.All",
                    "TeamMember.ReadWrite.All")),
            // crosstenantaccesspolicy-*: read with Policy.Read.All, write with Policy.ReadWrite.CrossTenantAccess
            new Rule("GET", "policies/crossTenantAccessPolicy/**", READ_POLICY),
            new Rule("POST", "policies/crossTenantAccessPolicy/**", List.of("Policy.ReadWrite.CrossTenantAccess")),
            new Rule("PATCH", "policies/crossTenantAccessPolicy/**", List.of("Policy.ReadWrite.CrossTenantAccess")),
            new Rule("DELETE", "policies/crossTenantAccessPolicy/**", List.of("Policy.ReadWrite.CrossTenantAccess")),
            // crosstenantaccesspolicyconfigurationpartner-put-identitysynchronization
            new Rule("PUT", "policies/crossTenantAccessPolicy/**", List.of("Policy.ReadWrite.CrossTenantAccess")),
            // tenantrelationship-findtenantinformationbydomainname
            new Rule("GET", "tenantRelationships/**", List.of("CrossTenantInformation.ReadBasic.All")),
            // user-list-memberof: /me with User.Read
            // user-get: GET /me needs User.Read (least); the rest of /me is checked as /users/{id}.
            new Rule("GET", "me", List.of("User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All",
                    "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All")),
            new Rule("GET", "me/memberOf", List.of("User.Read", "GroupMember.Read.All", "Directory.Read.All",
                    "Directory.ReadWrite.All")),
            // application-list, application-post-applications, serviceprincipal-post-serviceprincipals
            new Rule("GET", "applications", List.of("Application.Read.All", "Application.ReadWrite.All",
                    "Directory.Read.All")),
            new Rule("POST", "applications", List.of("Application.ReadWrite.All")),
            new Rule("POST", "servicePrincipals", List.of("Application.ReadWrite.All")),
            // serviceprincipal-get
            new Rule("GET", "servicePrincipals(*)", List.of("Application.Read.All", "Application.ReadWrite.All",
                    "Directory.Read.All", "Directory.ReadWrite.All")),
            // user-list-events, user-post-events, event-get, event-delete, onlinemeeting-get, onlinemeeting-update
            new Rule("GET", "users/*/events/**", List.of("Calendars.Read", "Calendars.ReadWrite",
                    "Calendars.Read.Shared", "Calendars.ReadWrite.Shared")),
            new Rule("POST", "users/*/events", List.of("Calendars.ReadWrite", "Calendars.ReadWrite.Shared")),
            new Rule("DELETE", "users/*/events/*", List.of("Calendars.ReadWrite", "Calendars.ReadWrite.Shared")),
            new Rule("GET", "users/*/onlineMeetings/**", List.of("OnlineMeetings.Read", "OnlineMeetings.ReadWrite")),
            new Rule("PATCH", "users/*/onlineMeetings/*", List.of("OnlineMeetings.ReadWrite")));

    private Permissions() {
    }

    /** Refuses the request as Graph would when its token lacks the permission or the calendar is not its own. */
    static void check(GraphRequest req) {
        Caller caller = req.caller;
        if (caller == null || caller.isAdmin()) {
            return;
        }
        Rule rule = RULES.stream().filter(r -> r.method().equals(req.method) && matches(r.pattern(), req.segments))
                // A path with no rule is one the demo does not serve: answered as Graph answers an unknown segment,
                // never with a made-up 403.
                .findFirst().orElseThrow(() -> GraphError.noRoute(req.method, req.path));
        if (!caller.hasAny(rule.anyOf())) {
            throw denied("Insufficient privileges to complete the operation. " + req.method + " /"
                    + String.join("/", req.segments) + " needs one of " + String.join(", ", rule.anyOf()) + ".");
        }
        if (req.segments.size() >= 3 && req.segments.get(0).equals("users")
                && (req.segments.get(2).equals("events") || req.segments.get(2).equals("onlineMeetings"))) {
            calendar(req, caller);
        }
    }

    /** Another user's calendar (and the meetings on it) only when it is shared with the caller. */
    private static void calendar(GraphRequest req, Caller caller) {
        String target = req.segments.get(1);
        String owner = req.tenant.user(target).path("userPrincipalName").asText();
        if (owner.equalsIgnoreCase(caller.userPrincipalName())) {
            return;
        }
        boolean write = !req.method.equals("GET");
        boolean shared = req.tenant.calendarSharedWith(owner, caller.userPrincipalName(), write);
        boolean scoped = caller.hasAny(write ? List.of("Calendars.ReadWrite.Shared")
                : List.of("Calendars.Read.Shared", "Calendars.ReadWrite.Shared"));
        if (!shared || !scoped) {
            throw new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again. ("
                    + owner + "'s calendar is " + (shared ? "shared with " + caller.userPrincipalName()
                            + ", whose token lacks Calendars." + (write ? "ReadWrite" : "Read") + ".Shared)"
                            : "not shared with " + caller.userPrincipalName() + ")"));
        }
    }

    private static GraphError denied(String message) {
        return new GraphError(403, "Authorization_RequestDenied", message);
    }

    /** "*" is one segment; a trailing "**" any number, none included. */
    static boolean matches(String pattern, List<String> segments) {
        String[] p = pattern.split("/");
        for (int i = 0; i < p.length; i++) {
            if (p[i].equals("**")) {
                return true;
            }
            if (i >= segments.size()) {
                return false;
            }
            String s = segments.get(i);
            if (p[i].endsWith("(*)") && s.toLowerCase(Locale.ROOT).startsWith(p[i].substring(0, p[i].length() - 2)
                    .toLowerCase(Locale.ROOT)) && s.endsWith(")")) {
                continue;
            }
            if (!p[i].equals("*") && !p[i].toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return p.length == segments.size();
    }
}
