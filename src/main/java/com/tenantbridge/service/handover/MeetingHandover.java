package com.tenantbridge.service.handover;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.property.Attendee;
import biweekly.property.Organizer;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.domain.plan.MeetingPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * For an organizer who was not at hand to sign in: the meeting as an .ics to open in Outlook or the Teams calendar,
 * and one page of steps (make it a Teams meeting, the lobby setting the plan chose, send it). HoloLens Remote Assist
 * lists only meetings on the organizer's own calendar, so the organizer makes it.
 */
final class MeetingHandover {

    private MeetingHandover() {
    }

    static List<Path> write(Path dir, DeploymentPlan plan) throws IOException {
        MeetingPlan m = plan.anonymousJoin().meeting();
        String base = com.tenantbridge.service.plan.HandoverNames.meeting(m.organizer());
        Path ics = dir.resolve(base + ".ics");
        Files.writeString(ics, Biweekly.write(calendar(m)).go(), StandardCharsets.UTF_8);
        Path steps = dir.resolve(base + "-steps.md");
        Files.writeString(steps, steps(m, ics.getFileName().toString()), StandardCharsets.UTF_8);
        return List.of(ics, steps);
    }

    static ICalendar calendar(MeetingPlan m) {
        ZoneId zone = ZoneId.of(m.timeZone());
        VEvent event = new VEvent();
        event.setSummary(m.subject());
        event.setDateStart(Date.from(m.start().atZone(zone).toInstant()));
        event.setDateEnd(Date.from(m.end().atZone(zone).toInstant()));
        event.setOrganizer(new Organizer(null, m.organizer()));
        m.attendees().forEach(a -> {
            Attendee attendee = new Attendee(a.name(), a.email());
            attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
            event.addAttendee(attendee);
        });
        event.setDescription("Make this a Teams meeting before you send it; in Meeting options, "
                + lobby(m.lobbyBypass()) + ". The expert joins from the link in the invitation; you join from"
                + " Remote Assist on HoloLens.");
        ICalendar ical = new ICalendar();
        ical.addEvent(event);
        return ical;
    }

    private static String lobby(LobbyBypass bypass) {
        return switch (bypass) {
            case EVERYONE -> "set \u201cWho can bypass the lobby\u201d to Everyone (the expert joins without an account"
                    + " and HoloLens cannot admit anyone from the lobby)";
            default -> "set \u201cWho can bypass the lobby\u201d to " + bypass.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " (HoloLens cannot admit anyone from the lobby, so whoever waits there stays"
                    + " there)";
        };
    }

    private static String steps(MeetingPlan m, String icsName) {
        return "# The Remote Assist meeting, for " + m.organizer() + "\n\n"
                + "Your admin prepared this meeting; it must be on **your** calendar, because Remote Assist on HoloLens"
                + " lists only the organizer's own meetings.\n\n"
                + "1. Open `" + icsName + "` in Outlook (or import it into your calendar).\n"
                + "2. Turn on **Teams meeting**.\n"
                + "3. Open **Meeting options** and " + lobby(m.lobbyBypass()) + ".\n"
                + "4. Check the invitees (" + String.join(", ", m.attendees().stream().map(a -> a.name() + " <"
                        + a.email() + ">").toList()) + ") and **Send**.\n"
                + "5. At the time, put on HoloLens, open Remote Assist and join \u201c" + m.subject() + "\u201d from"
                + " your calendar.\n\n"
                + "When: " + m.start() + " to " + m.end().toLocalTime() + " (" + m.timeZone() + ").\n";
    }
}
