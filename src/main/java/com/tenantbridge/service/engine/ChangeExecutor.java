package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.credentials.OneTimePasswords;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.ConflictException;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.MeetingEvent;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.MeetingRequest;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.OnlineMeetingInfo;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TeamMember;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Carries out one change against a tenant. Every action first looks at what the tenant holds, so running a
 * change that already took effect (a resumed run, a retried request) does not do it twice. Returns what
 * rollback needs: created ids and the values it replaced.
 */
final class ChangeExecutor {

    private final DeploymentPlan plan;
    private final Backoff backoff;
    private final CredentialsHandout handout;
    private final OneTimePasswords passwords;
    /** Ids learnt during the run ("user:upn", "group:name", "guest:tenant/email", "event:tx"). */
    private final Map<String, String> ids = new HashMap<>();
    /** Passwords sent in a create whose answer never came: if the account is there on the retry, it is ours. */
    private final Map<String, String> unanswered = new HashMap<>();

    private final AccountRecovery recovery;

    ChangeExecutor(DeploymentPlan plan, Backoff backoff, CredentialsHandout handout, OneTimePasswords passwords,
            AccountRecovery recovery) {
        this.plan = plan;
        this.recovery = recovery;
        this.backoff = backoff;
        this.handout = handout;
        this.passwords = passwords;
    }

    Map<String, Object> execute(Change c, TenantPorts p) {
        return switch (c.kind()) {
            case TEAMS_FEDERATION -> federation(c, p);
            case CROSS_TENANT_PARTNER -> crossTenant(c, p);
            case TEAMS_GUEST_ACCESS -> {
                boolean before = p.teamsSettings().guestAccessAllowed();
                p.teamsSettings().setGuestAccessAllowed(true);
                yield Maps.of("before", Maps.of("AllowGuestUser", before));
            }
            case INVITE_GUEST -> invite(c, p);
            case ADD_TEAM_MEMBER -> teamMember(c, p);
            case CREATE_USER -> createUser(c, p);
            case ASSIGN_LICENSE -> {
                String user = userId(c.tenant(), c.param("upn"), p);
                backoff.onNotFound(() -> p.licensing().assign(user, UUID.fromString(c.param("skuId"))));
                yield Maps.of("userId", user, "skuId", c.param("skuId"));
            }
            case CREATE_GROUP -> createGroup(c, p);
            case ASSIGN_GROUP_LICENSE -> new GroupLicensing(backoff).assign(c, groupId(c.param("group"), p), p);
            case ADD_GROUP_MEMBER -> {
                String group = groupId(c.param("group"), p);
                String user = userId(c.tenant(), c.param("upn"), p);
                backoff.onNotFound(() -> p.directory().addGroupMember(group, user));
                yield Maps.of("groupId", group, "userId", user);
            }
            case BARRIER_SEGMENT -> segment(c, p);
            case BARRIER_POLICY -> policy(c, p);
            case ACTIVATE_BARRIER_POLICY -> {
                p.barriers().setPolicyActive(c.param("name"), true);
                yield Maps.of("name", c.param("name"));
            }
            case APPLY_BARRIERS -> {
                p.barriers().startApplication();
                yield Maps.of("status", p.barriers().applicationStatus().status());
            }
            case MEETING_CONFIGURATION -> {
                boolean before = p.teamsSettings().anonymousJoinDisabled();
                p.teamsSettings().setAnonymousJoinDisabled(false);
                yield Maps.of("before", Maps.of("DisableAnonymousJoin", before));
            }
            case MEETING_POLICY -> meetingPolicy(c, p);
            case ASSIGN_MEETING_POLICY -> {
                String before = p.teamsSettings().assignedMeetingPolicy(c.param("upn")).orElse("Global");
                p.teamsSettings().assignMeetingPolicy(c.param("upn"), c.param("identity"));
                yield Maps.of("upn", c.param("upn"), "before", before);
            }
            case SCHEDULE_MEETING -> schedule(c, p);
            case MEETING_LOBBY -> lobby(c, p);
        };
    }

    // ---- federation and cross-tenant access ------------------------------------------------------------

    /** Recomputed from what the tenant holds now, so entries another admin added meanwhile are kept. */
    private Map<String, Object> federation(Change c, TenantPorts p) {
        FederationConfig current = p.teamsSettings().federation();
        FederationConfig wanted = FederationPlanner.desired(current, FederationMode.valueOf(c.param("mode")),
                split(c.param("allow"), ","), split(c.param("block"), ","));
        if (!current.equals(wanted)) {
            p.teamsSettings().setFederation(wanted);
        }
        // "set" is what rollback compares the tenant with: it restores only a setting nobody changed since.
        return Maps.of("before", FederationPlanner.describe(current), "set", FederationPlanner.describe(wanted));
    }

    private Map<String, Object> crossTenant(Change c, TenantPorts p) {
        String partnerId = c.param("partnerTenantId");
        PartnerSettings wanted = CrossTenantPlanning.fromMap(c.after());
        Optional<PartnerSettings> current = p.crossTenantAccess().partner(partnerId);
        if (current.isEmpty()) {
            p.crossTenantAccess().createPartner(partnerId, wanted);
            return Maps.of("partnerTenantId", partnerId, "created", true, "set", CrossTenantPlanning.map(wanted));
        }
        // Only the directions the plan manages are written; the journal keeps what they were, for a rollback.
        p.crossTenantAccess().updatePartner(partnerId, wanted);
        return Maps.of("partnerTenantId", partnerId, "created", false, "before", CrossTenantPlanning.map(
                CrossTenantPlanning.replaced(current.get(), wanted)), "set", CrossTenantPlanning.map(wanted));
    }

    // ---- guests -----------------------------------------------------------------------------------------

    private Map<String, Object> invite(Change c, TenantPorts p) {
        String email = c.param("email");
        Optional<DirectoryUser> existing = p.directory().findGuestByMail(email);
        if (existing.isPresent()) {
            ids.put("guest:" + c.tenant() + "/" + email.toLowerCase(Locale.ROOT), existing.get().id());
            return Maps.of("userId", existing.get().id(), "created", false);
        }
        var result = p.directory().invite(email, c.param("displayName"), c.param("redirectUrl"),
                Boolean.parseBoolean(c.param("sendInvitationMessage")), c.param("message"));
        ids.put("guest:" + c.tenant() + "/" + email.toLowerCase(Locale.ROOT), result.userId());
        return Maps.of("userId", result.userId(), "created", true, "status", result.status());
    }

    private Map<String, Object> teamMember(Change c, TenantPorts p) {
        DirectoryGroup team = p.teams().findTeam(c.param("team"))
                .orElseThrow(() -> new PortException(c.tenant() + " has no team named \u201c"
                + c.param("team") + "\u201d"));
        String email = c.param("email");
        String userId = Optional.ofNullable(ids.get("guest:" + c.tenant() + "/" + email.toLowerCase(Locale.ROOT)))
                .orElseGet(() -> backoff.untilPresent(() -> p.directory().findGuestByMail(email))
                        .orElseThrow(() -> new NotFoundException(404, "", "no guest " + email + " in " + c.tenant(),
                                null)).id());
        Optional<TeamMember> existing = p.teams().members(team.id()).stream()
                .filter(m -> userId.equals(m.userId())).findFirst();
        if (existing.isPresent()) {
            return Maps.of("teamId", team.id(), "userId", userId, "membershipId", existing.get().membershipId(),
                    "created", false);
        }
        TeamMember added = backoff.onNotFound(() -> p.teams().addMember(team.id(), userId, true));
        return Maps.of("teamId", team.id(), "userId", userId, "membershipId", added.membershipId(), "created", true);
    }

    // ---- vendor accounts ----------------------------------------------------------------------------------

    private Map<String, Object> createUser(Change c, TenantPorts p) {
        String upn = c.param("upn");
        String key = upn.toLowerCase(Locale.ROOT);
        Optional<DirectoryUser> existing = p.directory().findUser(upn);
        String sentBefore = unanswered.remove(key);
        if (existing.isPresent()) {
            ids.put("user:" + key, existing.get().id());
            if (sentBefore != null && handout != null) {
                handout.add(handoutRow(c, sentBefore));
                return Maps.of("userId", existing.get().id(), "created", true, "note",
                        "created by an earlier try whose answer was lost");
            }
            Optional<Map<String, Object>> claimed = recovery.claim(c, existing.get(), p);
            if (claimed.isPresent()) {
                return claimed.get();
            }
            return Maps.of("userId", existing.get().id(), "created", false);
        }
        if (handout == null) {
            throw new PortException("no credentials handout file was chosen, so " + upn + " is not created: its"
                    + " one-time password would have nowhere to go");
        }
        String password = passwords.next();
        DirectoryUser created;
        try {
            unanswered.put(key, password);
            created = p.directory().createUser(new NewUser(upn, c.param("displayName"), c.param("usageLocation"),
                    c.param("department"), c.param("companyName"), password));
            unanswered.remove(key);
        } catch (ConflictException e) {
            unanswered.remove(key);
            // Taken already yet not readable: an earlier, interrupted run created it and replication lags.
            DirectoryUser found = backoff.untilPresent(() -> p.directory().findUser(upn)).orElseThrow(() -> e);
            ids.put("user:" + upn.toLowerCase(Locale.ROOT), found.id());
            Optional<Map<String, Object>> claimed = recovery.claim(c, found, p);
            if (claimed.isPresent()) {
                return claimed.get();
            }
            return Maps.of("userId", found.id(), "created", false, "note", "existed already; its password is not in"
                    + " this handout");
        }
        ids.put("user:" + key, created.id());
        handout.add(handoutRow(c, password));
        return Maps.of("userId", created.id(), "created", true);
    }

    static CredentialsHandout.Row handoutRow(Change c, String password) {
        boolean hololens = Device.HOLOLENS.name().equals(c.param("device"));
        return new CredentialsHandout.Row(c.param("upn"), c.param("displayName"), c.param("contactEmail"), password,
                hololens ? "HoloLens: sign in once, set a device PIN, and hand out the PIN, not this password"
                        : "Remote Assist: change this password at first sign-in");
    }

    private String userId(String tenant, String upn, TenantPorts p) {
        String known = ids.get("user:" + upn.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        DirectoryUser user = backoff.untilPresent(() -> p.directory().findUser(upn))
                .orElseThrow(() -> new NotFoundException(404, "", "no user " + upn + " in " + tenant, null));
        ids.put("user:" + upn.toLowerCase(Locale.ROOT), user.id());
        return user.id();
    }

    private Map<String, Object> createGroup(Change c, TenantPorts p) {
        String name = c.param("displayName");
        Optional<DirectoryGroup> existing = p.directory().findGroupByName(name);
        if (existing.isPresent()) {
            ids.put("group:" + name.toLowerCase(Locale.ROOT), existing.get().id());
            return Maps.of("groupId", existing.get().id(), "created", false);
        }
        DirectoryGroup created;
        try {
            created = "true".equals(c.param("security"))
                    ? p.directory().createLicensingGroup(name, c.param("mailNickname"), ResumeClosing.GROUP_MARKER)
                    : p.directory().createSegmentGroup(name, c.param("mailNickname"), ResumeClosing.GROUP_MARKER);
        } catch (ConflictException e) {
            // The mail nickname is taken: the answer to an earlier try was lost, or replication lags behind it.
            DirectoryGroup found = backoff.untilPresent(() -> p.directory().findGroupByName(name))
                    .orElseThrow(() -> e);
            ids.put("group:" + name.toLowerCase(Locale.ROOT), found.id());
            return Maps.of("groupId", found.id(), "created", false, "note", "existed already");
        }
        ids.put("group:" + name.toLowerCase(Locale.ROOT), created.id());
        return Maps.of("groupId", created.id(), "created", true);
    }

    private String groupId(String name, TenantPorts p) {
        String known = ids.get("group:" + name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        DirectoryGroup group = backoff.untilPresent(() -> p.directory().findGroupByName(name))
                .orElseThrow(() -> new NotFoundException(404, "", "no group " + name, null));
        ids.put("group:" + name.toLowerCase(Locale.ROOT), group.id());
        return group.id();
    }

    // ---- information barriers -----------------------------------------------------------------------------

    private Map<String, Object> segment(Change c, TenantPorts p) {
        String name = c.param("name");
        String filter = memberOfFilter(c, p);
        Optional<BarrierSegment> current = p.barriers().segments().stream()
                .filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        if (current.isPresent() && current.get().userGroupFilter().equals(filter)) {
            return Maps.of("name", name, "created", false, "filter", filter);
        }
        if (current.isPresent()) {
            p.barriers().deleteSegment(name);
        }
        p.barriers().createSegment(new BarrierSegment(name, filter));
        return current.isPresent()
                ? Maps.of("name", name, "created", false, "filter", filter, "before", Maps.of("UserGroupFilter",
                        current.get().userGroupFilter()))
                : Maps.of("name", name, "created", true, "filter", filter);
    }

    /**
     * A MemberOf segment names its group by mail, which Microsoft 365 gives a new group from the tenant's default
     * domain (not always the plan's): the mail is read back from the group rather than guessed at planning.
     */
    private String memberOfFilter(Change c, TenantPorts p) {
        String group = c.param("group");
        if (group == null) {
            return c.param("filter");
        }
        String mail = backoff.untilPresent(() -> p.directory().findGroupByName(group)).map(DirectoryGroup::mail)
                .filter(m -> m != null && !m.isBlank()).orElse(null);
        return mail == null ? c.param("filter") : "MemberOf -eq '" + mail.replace("'", "''") + "'";
    }

    private Map<String, Object> policy(Change c, TenantPorts p) {
        String name = c.param("name");
        Optional<BarrierPolicyState> current = p.barriers().policies().stream()
                .filter(x -> x.name().equalsIgnoreCase(name)).findFirst();
        BarrierPolicyState wanted = new BarrierPolicyState(name, c.param("segment"), split(c.param("allowed"), "\\|"),
                split(c.param("blocked"), "\\|"), false);
        // A changed policy is not edited in place: set inactive, removed, created again (Microsoft Purview, "Edit or
        // remove information barrier policies"; an allow policy cannot become a block policy).
        if (current.isPresent() && current.get().active()) {
            p.barriers().setPolicyActive(name, false);
        }
        if (current.isPresent()) {
            p.barriers().deletePolicy(name);
        }
        p.barriers().createPolicy(wanted);
        if (current.isEmpty()) {
            return Maps.of("name", name, "created", true);
        }
        BarrierPolicyState b = current.get();
        return Maps.of("name", name, "created", false, "before", Maps.of("AssignedSegment", b.assignedSegment(),
                "SegmentsAllowed", b.segmentsAllowed(), "SegmentsBlocked", b.segmentsBlocked(), "State",
                b.active() ? "Active" : "Inactive"));
    }

    // ---- anonymous join -------------------------------------------------------------------------------------

    private Map<String, Object> meetingPolicy(Change c, TenantPorts p) {
        String identity = c.param("identity");
        Optional<MeetingPolicy> current = p.teamsSettings().meetingPolicy(identity);
        p.teamsSettings().putMeetingPolicy(new MeetingPolicy(identity, true,
                AutoAdmittedUsers.valueOf(c.param("autoAdmittedUsers"))));
        return current.isEmpty() ? Maps.of("identity", identity, "created", true)
                : Maps.of("identity", identity, "created", false, "before", Maps.of(
                        "AllowAnonymousUsersToJoinMeeting", current.get().allowAnonymousUsersToJoinMeeting(),
                        "AutoAdmittedUsers", current.get().autoAdmittedUsers().name()));
    }

    private Map<String, Object> schedule(Change c, TenantPorts p) {
        String organizer = c.param("organizer");
        String tx = c.param("transactionId");
        Optional<MeetingEvent> existing = p.meetings().findEvent(organizer, tx);
        if (existing.isPresent()) {
            ids.put("event:" + tx, existing.get().joinUrl());
            return Maps.of("eventId", existing.get().eventId(), "joinUrl", existing.get().joinUrl(), "created", false);
        }
        MeetingPlan m = plan.anonymousJoin().meeting();
        MeetingEvent event = p.meetings().createEvent(organizer, new MeetingRequest(tx, m.subject(), m.start(), m.end(),
                m.timeZone(), m.attendees().stream().map(a -> new MeetingRequest.Invitee(a.email(),
                a.name())).toList()));
        ids.put("event:" + tx, event.joinUrl());
        return Maps.of("eventId", event.eventId(), "joinUrl", event.joinUrl(), "created", true);
    }

    private Map<String, Object> lobby(Change c, TenantPorts p) {
        String organizer = c.param("organizer");
        String tx = c.param("transactionId");
        String joinUrl = Optional.ofNullable(ids.get("event:" + tx))
                .orElseGet(() -> backoff.untilPresent(() -> p.meetings().findEvent(organizer, tx))
                        .map(MeetingEvent::joinUrl)
                        .orElseThrow(() -> new NotFoundException(404, "", "the meeting is not on " + organizer
                                + "'s calendar", null)));
        OnlineMeetingInfo meeting = backoff.untilPresent(() -> p.meetings().findOnlineMeeting(organizer, joinUrl))
                .orElseThrow(() -> new NotFoundException(404, "", "no Teams meeting behind " + joinUrl, null));
        LobbyBypass wanted = LobbyBypass.valueOf(c.param("lobbyBypass"));
        p.meetings().setLobby(organizer, meeting.meetingId(), wanted);
        return Maps.of("organizer", organizer, "meetingId", meeting.meetingId(), "before",
                meeting.lobbyBypass() == null ? null : meeting.lobbyBypass().name());
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
