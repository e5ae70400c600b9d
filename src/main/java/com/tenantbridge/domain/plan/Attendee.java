package com.tenantbridge.domain.plan;

/** A person invited to the meeting by email. */
public record Attendee(String email, String name) {
}
