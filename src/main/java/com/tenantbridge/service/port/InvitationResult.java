package com.tenantbridge.service.port;

/** The guest an invitation created or found, and its redemption state (PendingAcceptance, Accepted). */
public record InvitationResult(String userId, String status) {
}
