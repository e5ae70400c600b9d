package com.tenantbridge.service.port;

import java.util.List;
import java.util.Optional;

/** Teams and their members (Microsoft Graph /teams). */
public interface TeamMembershipService {

    /** The team with this display name, if the tenant has one. */
    Optional<DirectoryGroup> findTeam(String displayName);

    List<TeamMember> members(String teamId);

    /** Adds a user; a guest gets the guest role, as Graph requires. Returns the membership. */
    TeamMember addMember(String teamId, String userId, boolean guest);

    void removeMember(String teamId, String membershipId);
}
