package com.tenantbridge.service.app;

import com.tenantbridge.domain.scenario.RequiredAccess;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What TenantBridge's own app registration asks for, per resource: every Microsoft Graph permission any scenario,
 * its undo and its resume use, the organizer's and the doctor's; what Connect-MicrosoftTeams lists for an app of
 * one's own ("Skype and Teams Tenant Admin API" and its Graph list, connect-microsoftteams); and Exchange Online's
 * Exchange.Manage for Security &amp; Compliance PowerShell with a token, which connect-ippssession does not name
 * (README says the page is unclear).
 */
public final class AppPermissions {

    public static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    public static final String TEAMS_ADMIN_API = "48ac35b8-9aa8-4d74-927d-1f4a14a0b239";
    public static final String EXCHANGE_ONLINE = "00000002-0000-0ff1-ce00-000000000000";
    /** What the app itself needs to register an app: application-post-applications. */
    public static final List<String> TO_REGISTER = List.of("Application.ReadWrite.All");
    /** Connect-MicrosoftTeams -AccessTokens, delegated flow: the Graph permissions its page lists. */
    static final List<String> TEAMS_MODULE_GRAPH = List.of("AppCatalog.ReadWrite.All", "Group.ReadWrite.All",
            "User.Read.All", "TeamSettings.ReadWrite.All", "Channel.Delete.All", "ChannelSettings.ReadWrite.All",
            "ChannelMember.ReadWrite.All");

    private AppPermissions() {
    }

    /** Resource app id → the delegated permission values it is asked for, in a stable order. */
    public static Map<String, List<String>> needed() {
        Set<String> graph = new LinkedHashSet<>(List.of("User.Read"));
        graph.addAll(RequiredAccess.everyScenarioScopes());
        graph.addAll(RequiredAccess.ORGANIZER_SCOPES);
        graph.addAll(TEAMS_MODULE_GRAPH);
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(GRAPH, List.copyOf(graph));
        out.put(TEAMS_ADMIN_API, List.of("user_impersonation"));
        out.put(EXCHANGE_ONLINE, List.of("Exchange.Manage"));
        return out;
    }

    /** The resource's name, for the admin to read. */
    public static String name(String resourceAppId) {
        return switch (resourceAppId) {
            case GRAPH -> "Microsoft Graph";
            case TEAMS_ADMIN_API -> "Skype and Teams Tenant Admin API";
            case EXCHANGE_ONLINE -> "Office 365 Exchange Online";
            default -> resourceAppId;
        };
    }
}
