package com.tenantbridge.domain.plan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A calendar event with a Teams meeting on the organizer's calendar: HoloLens Remote Assist lists only
 * calendar meetings under "Join Meeting", so a standalone online meeting would not do. Times are
 * wall-clock times in {@code timeZone}, as Graph's dateTimeTimeZone takes them.
 */
public record MeetingPlan(String organizer, String subject, LocalDateTime start, LocalDateTime end,
        String timeZone, List<Attendee> attendees, LobbyBypass lobbyBypass) {

    public MeetingPlan {
        attendees = Lists.copy(attendees);
    }
}
