package com.tenantbridge.service.report;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.ScheduleMeetingKind;
import com.tenantbridge.service.journal.JournalEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anonymous join: the meeting as the run left it — made on the organizer's calendar (with its join link) or handed
 * over to the organizer — and the people's first step to match, so the report never tells the technician to
 * schedule a meeting the run already made.
 */
final class MeetingSection {

    private MeetingSection() {
    }

    /** The meeting, or null when the plan has none. */
    static Map<String, Object> of(DeploymentPlan plan, List<JournalEntry> entries) {
        if (plan.anonymousJoin() == null || plan.anonymousJoin().meeting() == null) {
            return null;
        }
        MeetingPlan m = plan.anonymousJoin().meeting();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", m.subject());
        out.put("organizer", m.organizer());
        out.put("when", m.start() + " to " + m.end().toLocalTime() + " (" + m.timeZone() + ")");
        out.put("experts", m.attendees().stream().map(a -> a.name() + " <" + a.email() + ">").toList());
        String state = "not made yet";
        for (JournalEntry e : entries) {
            if (!ChangeKind.SCHEDULE_MEETING.name().equals(e.kind())) {
                continue;
            }
            if (e.status() == JournalEntry.Status.DONE && e.result() instanceof ScheduleMeetingKind.Done done
                    && done.joinUrl() != null) {
                state = "made";
                out.put("joinUrl", done.joinUrl());
            } else if (e.status() == JournalEntry.Status.RUNBOOK && !"made".equals(state)) {
                state = "handed over";
            } else if (e.status() == JournalEntry.Status.ROLLED_BACK) {
                state = "removed";
                out.remove("joinUrl");
            }
        }
        out.put("state", state);
        return out;
    }

    /** The documented steps, the first one saying what the run did about the meeting instead of asking for it. */
    static List<Map<String, String>> steps(Map<String, Object> meeting, List<Map<String, String>> documented) {
        if (meeting == null || documented.isEmpty()) {
            return documented;
        }
        String first = switch (String.valueOf(meeting.get("state"))) {
            case "made" -> "The meeting \u201c" + meeting.get("subject") + "\u201d is on " + meeting.get("organizer")
                    + "'s calendar, made by this run, with the expert invited; nothing to schedule.";
            case "handed over" -> meeting.get("organizer") + " makes the meeting from the .ics and the one page of"
                    + " steps handed over to them (a Teams meeting, the lobby as the plan chose, the expert invited).";
            default -> null;
        };
        if (first == null) {
            return documented;
        }
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of("text", first, "source", "this run"));
        out.addAll(documented.subList(1, documented.size()));
        return out;
    }
}
