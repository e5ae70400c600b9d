package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.AnonymousJoinPlan;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.domain.plan.MeetingPolicyPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.port.MeetingEvent;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.OnlineMeetingInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario D: the tenant allows anonymous join, a named meeting policy lets the organizer's meetings take
 * anonymous users, and the meeting is a calendar event (HoloLens lists only those) whose lobby lets the
 * expert straight in, since the HoloLens organizer cannot admit from the lobby.
 */
final class AnonymousJoinPlanner {

    void plan(DeploymentPlan plan, PlanContext ctx) {
        AnonymousJoinPlan a = plan.anonymousJoin();
        String tenant = plan.hostTenant().domain();
        Optional<TenantPorts> ports = ctx.ports(tenant);
        if (ports.isEmpty()) {
            ctx.note(tenant + " is not connected: the meeting cannot be scheduled from this run.");
        }
        TenantPorts p = ports.orElse(null);
        List<String> setup = new ArrayList<>();

        Optional<Boolean> disabled = p == null ? Optional.empty()
                : ctx.readPowerShell(tenant, () -> p.teamsSettings().anonymousJoinDisabled());
        Change configuration = new Change(Change.idOf(tenant, ChangeKind.MEETING_CONFIGURATION, "global"), tenant,
                ChangeKind.MEETING_CONFIGURATION, tenant + ": allow anonymous users to join meetings",
                Map.of("DisableAnonymousJoin", true), Map.of("DisableAnonymousJoin", false), List.of(), Map.of());
        if (disabled.isEmpty()) {
            ctx.offline(configuration);
        } else if (disabled.get()) {
            setup.add(ctx.add(configuration));
        }

        MeetingPolicyPlan wanted = a.meetingPolicy();
        MeetingPolicy desired = new MeetingPolicy(wanted.name(), true, wanted.autoAdmittedUsers());
        Optional<Optional<MeetingPolicy>> current = p == null ? Optional.empty()
                : ctx.readPowerShell(tenant, () -> p.teamsSettings().meetingPolicy(wanted.name()));
        Change policy = new Change(Change.idOf(tenant, ChangeKind.MEETING_POLICY, wanted.name()), tenant,
                ChangeKind.MEETING_POLICY, tenant + ": meeting policy " + wanted.name() + " lets anonymous users join;"
                        + " automatically admitted: " + wanted.autoAdmittedUsers(),
                current.flatMap(c -> c).map(AnonymousJoinPlanner::describe).orElse(null), describe(desired), List.of(),
                Map.of("identity", wanted.name(), "autoAdmittedUsers", wanted.autoAdmittedUsers().name()));
        String policyId = null;
        if (current.isEmpty()) {
            policyId = ctx.offline(policy);
        } else if (!current.get().map(MeetingPolicy::managed).equals(Optional.of(desired))) {
            policyId = ctx.add(policy);
            setup.add(policyId);
        }
        if (!MeetingPolicyPlan.GLOBAL.equalsIgnoreCase(wanted.name())) {
            for (String upn : wanted.assignTo()) {
                Optional<Optional<String>> assigned = p == null ? Optional.empty()
                        : ctx.readPowerShell(tenant, () -> p.teamsSettings().assignedMeetingPolicy(upn));
                Change assign = new Change(Change.idOf(tenant, ChangeKind.ASSIGN_MEETING_POLICY, upn), tenant,
                        ChangeKind.ASSIGN_MEETING_POLICY, tenant + ": assign the meeting policy "
                        + wanted.name() + " to "
                                + upn, Map.of("PolicyName", assigned.flatMap(x -> x).orElse("Global")),
                        Map.of("PolicyName", wanted.name()), policyId == null ? List.of() : List.of(policyId),
                        Map.of("upn", upn, "identity", wanted.name()));
                if (assigned.isEmpty()) {
                    ctx.offline(assign);
                } else if (!assigned.get().map(n -> n.equalsIgnoreCase(wanted.name())).orElse(false)) {
                    setup.add(ctx.add(assign));
                }
            }
        }
        if (p != null) {
            meeting(plan, ctx, p, setup);
        }
    }

    private void meeting(DeploymentPlan plan, PlanContext ctx, TenantPorts p, List<String> setup) {
        String tenant = plan.hostTenant().domain();
        MeetingPlan m = plan.anonymousJoin().meeting();
        String transactionId = transactionId(plan);
        Optional<MeetingEvent> event;
        boolean organizerAway = false;
        try {
            event = p.meetings().findEvent(m.organizer(), transactionId);
        } catch (com.tenantbridge.service.port.UnreachableException e) {
            // The organizer makes their own meeting; not signed in here, they get it as a handover.
            ctx.note(tenant + ": " + e.getMessage() + ".");
            event = Optional.empty();
            organizerAway = true;
        }
        String lobbyName = PlanJson.enumNames(LobbyBypass.class).get(m.lobbyBypass().ordinal());
        List<String> attendees = m.attendees().stream().map(x -> x.email()).toList();
        String scheduleId = null;
        if (event.isEmpty()) {
            Change schedule = new Change(Change.idOf(tenant, ChangeKind.SCHEDULE_MEETING, transactionId), tenant,
                    ChangeKind.SCHEDULE_MEETING, tenant + ": schedule \u201c" + m.subject() + "\u201d with a Teams"
                            + " meeting on " + m.organizer() + "'s calendar and invite " + String.join(", ", attendees),
                    null, Maps.of("organizer", m.organizer(), "subject", m.subject(), "start", m.start().toString(),
                            "end", m.end().toString(), "timeZone", m.timeZone(), "attendees", attendees),
                    setup, Maps.params("organizer", m.organizer(), "transactionId", transactionId));
            scheduleId = organizerAway ? ctx.offline(schedule) : ctx.add(schedule);
        }
        Optional<OnlineMeetingInfo> meeting = event.flatMap(e -> e.joinUrl() == null ? Optional.empty()
                : p.meetings().findOnlineMeeting(m.organizer(), e.joinUrl()));
        if (event.isPresent() && meeting.isPresent() && meeting.get().lobbyBypass() == m.lobbyBypass()) {
            return;
        }
        Change lobby = new Change(Change.idOf(tenant, ChangeKind.MEETING_LOBBY, transactionId), tenant,
                ChangeKind.MEETING_LOBBY, tenant + ": lobby of the meeting \u2014 " + lobbyName + " join without"
                        + " waiting", meeting.map(x -> Maps.of("lobbyBypass", x.lobbyBypass() == null ? null
                        : PlanJson.enumNames(LobbyBypass.class).get(x.lobbyBypass().ordinal()))).orElse(null),
                Maps.of("lobbyBypass", lobbyName), scheduleId == null ? List.of() : List.of(scheduleId),
                Maps.params("organizer", m.organizer(), "transactionId", transactionId, "lobbyBypass",
                        m.lobbyBypass().name()));
        if (organizerAway) {
            ctx.offline(lobby);
        } else {
            ctx.add(lobby);
        }
    }

    /** Stable for the same meeting, so a retried or resumed run finds the event it booked instead of booking again. */
    static String transactionId(DeploymentPlan plan) {
        MeetingPlan m = plan.anonymousJoin().meeting();
        String key = plan.hostTenant().domain() + "|" + m.organizer() + "|" + m.subject() + "|" + m.start() + "|"
                + m.timeZone();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return "tenantbridge-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> describe(MeetingPolicy p) {
        return Maps.of("Identity", p.identity(), "AllowAnonymousUsersToJoinMeeting",
                p.allowAnonymousUsersToJoinMeeting(),
                "AutoAdmittedUsers", p.autoAdmittedUsers().name());
    }
}
