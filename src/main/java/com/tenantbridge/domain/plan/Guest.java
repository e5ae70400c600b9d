package com.tenantbridge.domain.plan;

/** A person invited as a B2B guest, found again by their email. */
public record Guest(String email, String displayName, GuestRole role) {
}
