package com.tenantbridge.service.port;

/** A calendar event with a Teams meeting. */
public record MeetingEvent(String eventId, String transactionId, String joinUrl) {
}
