package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.validation.EmailAddresses;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The anonymous-join section's rules: the meeting policy, the meeting and its organizer. */
final class AnonymousJoinRules {

    private final PlanValidator check;

    AnonymousJoinRules(PlanValidator check) {
        this.check = check;
    }

    void anonymousJoin(AnonymousJoinPlan a) {
        MeetingPolicyPlan policy = check.required("anonymousJoin.meetingPolicy", a.meetingPolicy()).orElse(null);
        MeetingPlan meeting = check.required("anonymousJoin.meeting", a.meeting()).orElse(null);
        if (policy != null) {
            meetingPolicy(policy, meeting);
        }
        if (meeting != null) {
            meeting(meeting, policy);
        }
    }

    private void meetingPolicy(MeetingPolicyPlan policy, MeetingPlan meeting) {
        String p = "anonymousJoin.meetingPolicy";
        if (check.text(p + ".name", policy.name(), 64)) {
            if (policy.name().equalsIgnoreCase(MeetingPolicyPlan.GLOBAL)) {
                check.warning(p + ".name", "changing the Global policy lets everyone's meetings take anonymous users;"
                        + " a named policy assigned to the technicians who organize these meetings is safer (Maester MT.1046)");
            } else if (policy.assignTo().isEmpty()) {
                check.error(p + ".assignTo", "assign the named policy to the technicians who organize these meetings");
            }
        }
        check.required(p + ".autoAdmittedUsers", policy.autoAdmittedUsers());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < policy.assignTo().size(); i++) {
            String ap = p + ".assignTo[" + i + "]";
            String upn = policy.assignTo().get(i);
            if (check.upn(ap, upn) && !seen.add(upn.toLowerCase(Locale.ROOT))) {
                check.error(ap, upn + " is listed twice");
            }
        }
        boolean global = MeetingPolicyPlan.GLOBAL.equalsIgnoreCase(policy.name());
        if (!global && meeting != null && meeting.organizer() != null && !policy.assignTo().isEmpty()
                && !seen.contains(meeting.organizer().toLowerCase(Locale.ROOT))) {
            check.error(p + ".assignTo", "does not include the meeting organizer " + meeting.organizer()
                    + ", whose meetings must take anonymous users");
        }
    }

    private void meeting(MeetingPlan m, MeetingPolicyPlan policy) {
        String p = "anonymousJoin.meeting";
        check.upn(p + ".organizer", m.organizer());
        check.text(p + ".subject", m.subject(), 255);
        check.required(p + ".start", m.start());
        check.required(p + ".end", m.end());
        if (m.start() != null && m.end() != null) {
            if (!m.end().isAfter(m.start())) {
                check.error(p + ".end", "must be after the start (" + m.start() + ")");
            } else if (Duration.between(m.start(), m.end()).toHours() >= 24) {
                check.warning(p + ".end", "the meeting lasts a day or more");
            }
        }
        check.timeZone(p + ".timeZone", m.timeZone());
        if (m.attendees().isEmpty()) {
            check.error(p + ".attendees", "invite the outside expert by email");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m.attendees().size(); i++) {
            String ap = p + ".attendees[" + i + "]";
            Attendee attendee = m.attendees().get(i);
            if (check.required(ap, attendee).isEmpty() || !check.email(ap + ".email", attendee.email())) {
                continue;
            }
            if (!seen.add(attendee.email().toLowerCase(Locale.ROOT))) {
                check.error(ap + ".email", attendee.email() + " is invited twice");
            } else if (check.isHostDomain(EmailAddresses.domainOf(attendee.email()))) {
                check.warning(ap + ".email", attendee.email() + " is in the host tenant; anonymous join is for people"
                        + " outside it");
            }
        }
        // A lobby that holds the expert is the scenario's intent broken: domain.intent says so, at this field.
        check.required(p + ".lobbyBypass", m.lobbyBypass());
    }
}
