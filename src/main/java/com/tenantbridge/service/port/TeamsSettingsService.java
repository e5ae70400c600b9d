package com.tenantbridge.service.port;

import java.util.Optional;

/**
 * Teams settings that Microsoft Graph does not expose: external access (federation), meeting configuration,
 * meeting policies and their assignment, and the client configuration (guest access). Reached through the
 * MicrosoftTeams PowerShell module on a real tenant, and through its own admin paths on the demo tenant.
 */
public interface TeamsSettingsService {

    FederationConfig federation();

    void setFederation(FederationConfig config);

    boolean anonymousJoinDisabled();

    void setAnonymousJoinDisabled(boolean disabled);

    Optional<MeetingPolicy> meetingPolicy(String identity);

    void putMeetingPolicy(MeetingPolicy policy);

    void deleteMeetingPolicy(String identity);

    /** The meeting policy assigned to a user; empty means the Global policy. */
    Optional<String> assignedMeetingPolicy(String userPrincipalName);

    /** Assigns a policy; null returns the user to the Global policy. */
    void assignMeetingPolicy(String userPrincipalName, String identity);

    boolean guestAccessAllowed();

    void setGuestAccessAllowed(boolean allowed);
}
