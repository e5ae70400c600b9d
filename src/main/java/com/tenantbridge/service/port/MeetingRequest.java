package com.tenantbridge.service.port;

import java.time.LocalDateTime;
import java.util.List;

/** A Teams meeting to put on the organizer's calendar; {@code transactionId} makes a retried create safe. */
public record MeetingRequest(String transactionId, String subject, LocalDateTime start, LocalDateTime end,
        String timeZone, List<Invitee> attendees) {

    public record Invitee(String email, String name) {
    }

    public MeetingRequest {
        attendees = List.copyOf(attendees);
    }
}
