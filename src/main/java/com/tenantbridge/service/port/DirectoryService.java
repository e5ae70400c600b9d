package com.tenantbridge.service.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Users, groups, invitations and the tenant itself (Microsoft Graph directory). Calls may block: never on the FX
 * thread.
 */
public interface DirectoryService {

    TenantInfo tenant();

    /**
     * Whether the application {@code appId} has a service principal in the tenant, i.e. it was consented to or
     * provisioned there (GET /servicePrincipals(appId='{appId}'), 404 when not: serviceprincipal-get).
     */
    boolean servicePrincipalPresent(String appId);

    /**
     * The directory roles the signed-in admin holds now (GET /me/memberOf, user-list-memberof, User.Read): roles
     * only eligible through Privileged Identity Management and not activated are not among them.
     */
    List<String> signedInRoles();

    /** The tenant that owns {@code domain}, anywhere in Microsoft Entra; empty if none. */
    Optional<String> resolveTenantId(String domain);

    Optional<DirectoryUser> findUser(String idOrUserPrincipalName);

    /** Many users by user principal name in as few round trips as possible; absent ones are left out. */
    Map<String, DirectoryUser> findUsers(List<String> userPrincipalNames);

    Optional<DirectoryUser> findGuestByMail(String email);

    DirectoryUser createUser(NewUser user);

    void setUserAttributes(String userId, String department, String companyName);

    void deleteUser(String userId);

    Optional<DirectoryGroup> findGroupByName(String displayName);

    /**
     * Creates a Microsoft 365 group (mail-enabled, private) for an information-barrier segment: segments
     * defined by MemberOf name the group by its mail address, which Graph can give only a Microsoft 365 group.
     */
    DirectoryGroup createSegmentGroup(String displayName, String mailNickname, String description);

    /**
     * Creates a security group to carry licences: group-based licensing works on security-enabled groups only
     * (Entra, "What is group-based licensing").
     */
    DirectoryGroup createLicensingGroup(String displayName, String mailNickname, String description);

    /** A group by id, with its description and creation time; empty if there is none. */
    Optional<DirectoryGroup> findGroup(String groupId);

    /** Sets a new one-time password, to be changed at the next sign-in. */
    void resetPassword(String userId, String password);

    void deleteGroup(String groupId);

    Set<String> groupMemberIds(String groupId);

    void addGroupMember(String groupId, String userId);

    void removeGroupMember(String groupId, String userId);

    InvitationResult invite(String email, String displayName, String redirectUrl, boolean sendMessage, String message);
}
