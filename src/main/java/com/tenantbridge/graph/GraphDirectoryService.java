package com.tenantbridge.graph;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.Invitation;
import com.microsoft.graph.models.InvitedUserMessageInfo;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.VerifiedDomain;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryService;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.InvitationResult;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The directory port over Microsoft Graph: users, groups, invitations, organization. */
public final class GraphDirectoryService implements DirectoryService {

    static final String[] USER_FIELDS = {"id", "userPrincipalName", "displayName", "mail", "userType", "usageLocation",
            "accountEnabled", "department", "companyName", "externalUserState", "assignedLicenses", "createdDateTime",
            "onPremisesExtensionAttributes"};
    /**
     * createdDateTime and description prove a group is the one a run made
     * (https://learn.microsoft.com/graph/api/resources/group: both readable with $select).
     */
    private static final String[] GROUP_FIELDS = {"id", "displayName", "mail", "description", "createdDateTime",
        "resourceProvisioningOptions"};
    private static final int BATCH = 20;
    private static final int BATCH_ROUNDS = 6;

    private final GraphServiceClient graph;

    public GraphDirectoryService(GraphServiceClient graph) {
        this.graph = graph;
    }

    @Override
    public TenantInfo tenant() {
        Organization org = GraphErrors.call("read the organization",
                () -> graph.organization().get()).getValue().get(0);
        List<String> domains = org.getVerifiedDomains() == null ? List.of()
                : org.getVerifiedDomains().stream().map(VerifiedDomain::getName).toList();
        return new TenantInfo(org.getId(), org.getDisplayName(), domains);
    }

    /** serviceprincipal-get: Application.Read.All at least; an app nobody consented to has none (404). */
    @Override
    public boolean servicePrincipalPresent(String appId) {
        return GraphConsents.servicePrincipalPresent(graph, appId);
    }

    @Override
    public Optional<String> resolveTenantId(String domain) {
        try {
            return Optional.ofNullable(GraphErrors.answered("resolve the tenant of " + domain, () -> graph
                    .tenantRelationships().findTenantInformationByDomainNameWithDomainName(domain).get())
                    .getTenantId());
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw GraphErrors.translate("resolve the tenant of " + domain, e);
        }
    }

    @Override
    public Optional<DirectoryUser> findUser(String idOrUserPrincipalName) {
        try {
            return Optional.of(toUser(GraphErrors.answered("read the user " + idOrUserPrincipalName, () -> graph
                    .users().byUserId(idOrUserPrincipalName).get(rc -> rc.queryParameters.select = USER_FIELDS))));
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw GraphErrors.translate("read the user " + idOrUserPrincipalName, e);
        }
    }

    /**
     * Reads users twenty to a JSON batch. Throttled steps inside a batch are not retried by the SDK (the
     * batch itself answered 200), so they are sent again after their own Retry-After.
     */
    @Override
    public Map<String, DirectoryUser> findUsers(List<String> userPrincipalNames) {
        Map<String, DirectoryUser> found = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(new java.util.LinkedHashSet<>(userPrincipalNames));
        for (int round = 0; round < BATCH_ROUNDS && !pending.isEmpty(); round++) {
            List<String> retry = new ArrayList<>();
            long waitSeconds = 0;
            for (int from = 0; from < pending.size(); from += BATCH) {
                List<String> chunk = pending.subList(from, Math.min(from + BATCH, pending.size()));
                BatchRequestContent batch = new BatchRequestContent(graph);
                Map<String, String> upnByStep = new HashMap<>();
                for (String upn : chunk) {
                    String step = batch.addBatchRequestStep(graph.users().byUserId(upn)
                            .toGetRequestInformation(rc -> rc.queryParameters.select = USER_FIELDS));
                    upnByStep.put(step, upn);
                }
                BatchResponseContent response;
                try {
                    response = GraphErrors.call("read users in a batch", () -> postBatch(batch));
                } catch (com.tenantbridge.service.port.NoAnswerException e) {
                    // No answer (a dropped connection): a read is safe to send again, in the next round.
                    retry.addAll(chunk);
                    waitSeconds = Math.max(waitSeconds, 1);
                    continue;
                }
                for (Map.Entry<String, Integer> e : response.getResponsesStatusCode().entrySet()) {
                    String upn = upnByStep.get(e.getKey());
                    int status = e.getValue();
                    if (status == 200) {
                        found.put(upn, toUser(readStep(response, e.getKey())));
                    } else if (status == 429 || status == 503 || status == 504) {
                        retry.add(upn);
                        waitSeconds = Math.max(waitSeconds, retryAfter(response, e.getKey()));
                    } else if (status != 404) {
                        StepError error = StepError.of(response.getResponseById(e.getKey()), status);
                        throw new PortException(status, error.code(), "read the user " + upn + " in a batch: "
                                + error.message(), null);
                    }
                }
            }
            pending = retry;
            if (!pending.isEmpty()) {
                sleepSeconds(waitSeconds);
            }
        }
        if (!pending.isEmpty()) {
            throw new PortException(429, "TooManyRequests", "reading "
                    + pending.size() + " users stayed throttled after "
                    + BATCH_ROUNDS + " rounds", null);
        }
        return found;
    }

    private BatchResponseContent postBatch(BatchRequestContent batch) {
        try {
            return graph.getBatchRequestBuilder().post(batch, null);
        } catch (java.io.IOException e) {
            throw new com.tenantbridge.service.port.NoAnswerException("the batch request failed: " + e.getMessage(), e);
        }
    }

    private static User readStep(BatchResponseContent response, String step) {
        return response.getResponseById(step, User::createFromDiscriminatorValue);
    }

    private static long retryAfter(BatchResponseContent response, String step) {
        try {
            var r = response.getResponseById(step);
            String header = r == null ? null : r.header("Retry-After");
            return header == null ? 1 : Math.max(0, Long.parseLong(header.strip()));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(Math.min(seconds, 60) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("interrupted while waiting to retry");
        }
    }

    @Override
    public Optional<DirectoryUser> findGuestByMail(String email) {
        String literal = email.replace("'", "''");
        List<User> users = GraphErrors.call("find the guest " + email, () -> graph.users().get(rc -> {
            rc.queryParameters.filter = "mail eq '" + literal + "' and userType eq 'Guest'";
            rc.queryParameters.select = USER_FIELDS;
        })).getValue();
        return users.stream().findFirst().map(GraphDirectoryService::toUser);
    }

    @Override
    public DirectoryUser createUser(NewUser user) {
        User body = GraphBulkWriteService.user(user);
        return toUser(GraphErrors.call("create the user " + user.userPrincipalName(), () -> graph.users().post(body)));
    }

    @Override
    public void setUserAttributes(String userId, String department, String companyName) {
        User patch = new User();
        patch.setDepartment(department);
        patch.setCompanyName(companyName);
        GraphErrors.run("update the user " + userId, () -> graph.users().byUserId(userId).patch(patch));
    }

    @Override
    public void deleteUser(String userId) {
        GraphErrors.run("delete the user " + userId, () -> graph.users().byUserId(userId).delete());
    }

    @Override
    public Optional<DirectoryGroup> findGroupByName(String displayName) {
        String literal = displayName.replace("'", "''");
        List<Group> groups = GraphErrors.call("find the group " + displayName, () -> graph.groups().get(rc -> {
            rc.queryParameters.filter = "displayName eq '" + literal + "'";
            rc.queryParameters.select = GROUP_FIELDS;
        })).getValue();
        return groups.stream().findFirst().map(GraphDirectoryService::toGroup);
    }

    @Override
    public DirectoryGroup createSegmentGroup(String displayName, String mailNickname, String description) {
        Group g = new Group();
        g.setDisplayName(displayName);
        g.setDescription(description);
        g.setGroupTypes(List.of("Unified"));
        g.setMailEnabled(true);
        g.setSecurityEnabled(false);
        g.setMailNickname(mailNickname);
        g.setVisibility("Private");
        return toGroup(GraphErrors.call("create the group " + displayName, () -> graph.groups().post(g)));
    }

    /** group-post-groups, security group: mailEnabled false, securityEnabled true, no groupTypes. */
    @Override
    public DirectoryGroup createLicensingGroup(String displayName, String mailNickname, String description) {
        Group g = new Group();
        g.setDisplayName(displayName);
        g.setDescription(description);
        g.setGroupTypes(List.of());
        g.setMailEnabled(false);
        g.setSecurityEnabled(true);
        g.setMailNickname(mailNickname);
        return toGroup(GraphErrors.call("create the group " + displayName, () -> graph.groups().post(g)));
    }

    @Override
    public Optional<DirectoryGroup> findGroup(String groupId) {
        try {
            return Optional.of(toGroup(GraphErrors.answered("read the group " + groupId, () -> graph.groups()
                    .byGroupId(groupId).get(rc -> rc.queryParameters.select = GROUP_FIELDS))));
        } catch (ApiException e) {
            if (GraphErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw GraphErrors.translate("read the group " + groupId, e);
        }
    }

    /**
     * A new one-time password for an account a run created but could not hand out. PATCH /users/{id} with
     * passwordProfile (https://learn.microsoft.com/graph/api/user-update, example "reset their password"). The
     * page's permission for passwordProfile is unclear: its current table names User-PasswordProfile.ReadWrite.All,
     * an older note Directory.AccessAsUser.All; RequiredAccess asks for the former (README says so).
     */
    @Override
    public void resetPassword(String userId, String password) {
        User patch = new User();
        com.microsoft.graph.models.PasswordProfile profile = new com.microsoft.graph.models.PasswordProfile();
        profile.setPassword(password);
        profile.setForceChangePasswordNextSignIn(true);
        patch.setPasswordProfile(profile);
        GraphErrors.run("give " + userId + " a new one-time password", () -> graph.users().byUserId(userId)
                .patch(patch));
    }

    @Override
    public void deleteGroup(String groupId) {
        GraphErrors.run("delete the group " + groupId, () -> graph.groups().byGroupId(groupId).delete());
    }

    @Override
    public List<String> signedInRoles() {
        return GraphConsents.signedInRoles(graph);
    }

    @Override
    public Set<String> groupMemberIds(String groupId) {
        Set<String> ids = new HashSet<>();
        DirectoryObjectCollectionResponse first = GraphErrors.call("list the members of " + groupId,
                () -> graph.groups().byGroupId(groupId).members().get(rc -> {
                    rc.queryParameters.select = new String[] {"id"};
                    rc.queryParameters.top = 999;
                }));
        try {
            new PageIterator.Builder<DirectoryObject, DirectoryObjectCollectionResponse>()
                    .client(graph)
                    .collectionPage(first)
                    .collectionPageFactory(DirectoryObjectCollectionResponse::createFromDiscriminatorValue)
                    .processPageItemCallback(o -> ids.add(o.getId()))
                    .build()
                    .iterate();
        } catch (ReflectiveOperationException e) {
            throw new PortException(0, "", "could not page through the members of " + groupId, e);
        } catch (ApiException e) {
            throw GraphErrors.translate("list the members of " + groupId, e);
        }
        return ids;
    }

    @Override
    public void addGroupMember(String groupId, String userId) {
        ReferenceCreate ref = new ReferenceCreate();
        ref.setOdataId("https://graph.microsoft.com/v1.0/directoryObjects/" + userId);
        try {
            GraphErrors.answered("add " + userId + " to the group " + groupId, () -> {
                graph.groups().byGroupId(groupId).members().ref().post(ref);
                return null;
            });
        } catch (ApiException e) {
            // Graph answers 400 "…references already exist…" for a member that is in already: the goal holds.
            if (e.getResponseStatusCode() == 400 && String.valueOf(GraphErrors.translate("", e).getMessage())
                    .contains("already exist")) {
                return;
            }
            throw GraphErrors.translate("add " + userId + " to the group " + groupId, e);
        }
    }

    @Override
    public void removeGroupMember(String groupId, String userId) {
        try {
            GraphErrors.answered("remove " + userId + " from the group " + groupId, () -> {
                graph.groups().byGroupId(groupId).members().byDirectoryObjectId(userId).ref().delete();
                return null;
            });
        } catch (ApiException e) {
            if (!GraphErrors.isNotFound(e)) {
                throw GraphErrors.translate("remove " + userId + " from the group " + groupId, e);
            }
        }
    }

    @Override
    public InvitationResult invite(String email, String displayName, String redirectUrl, boolean sendMessage,
            String message) {
        Invitation invitation = new Invitation();
        invitation.setInvitedUserEmailAddress(email);
        invitation.setInvitedUserDisplayName(displayName);
        invitation.setInviteRedirectUrl(redirectUrl);
        invitation.setSendInvitationMessage(sendMessage);
        if (message != null && !message.isBlank()) {
            InvitedUserMessageInfo info = new InvitedUserMessageInfo();
            info.setCustomizedMessageBody(message);
            invitation.setInvitedUserMessageInfo(info);
        }
        Invitation sent = GraphErrors.call("invite " + email, () -> graph.invitations().post(invitation));
        return new InvitationResult(sent.getInvitedUser().getId(), sent.getStatus());
    }

    static DirectoryUser toUser(User u) {
        List<UUID> licenses = u.getAssignedLicenses() == null ? List.of()
                : u.getAssignedLicenses().stream().map(l -> l.getSkuId()).filter(java.util.Objects::nonNull).toList();
        String tag = u.getOnPremisesExtensionAttributes() == null ? null
                : u.getOnPremisesExtensionAttributes().getExtensionAttribute15();
        return new DirectoryUser(u.getId(), u.getUserPrincipalName(), u.getDisplayName(), u.getMail(), u.getUserType(),
                u.getUsageLocation(), Boolean.TRUE.equals(u.getAccountEnabled()), u.getDepartment(), u.getCompanyName(),
                u.getExternalUserState(), licenses, u.getCreatedDateTime() == null ? null
                        : u.getCreatedDateTime().toInstant(), tag);
    }

    /**
     * Where a run's creation tag goes: extensionAttribute15 of onPremisesExtensionAttributes, which a create request
     * may set for a cloud-only user and a $select reads back (https://learn.microsoft.com/graph/api/resources/user).
     */
    static com.microsoft.graph.models.OnPremisesExtensionAttributes creationTag(String tag) {
        var attributes = new com.microsoft.graph.models.OnPremisesExtensionAttributes();
        attributes.setExtensionAttribute15(tag);
        return attributes;
    }

    private static DirectoryGroup toGroup(Group g) {
        boolean team = g.getResourceProvisioningOptions() != null
                && g.getResourceProvisioningOptions().stream().anyMatch(o -> o.equalsIgnoreCase("Team"));
        return new DirectoryGroup(g.getId(), g.getDisplayName(), g.getMail(), team, g.getDescription(),
                g.getCreatedDateTime() == null ? null : g.getCreatedDateTime().toInstant());
    }
}
