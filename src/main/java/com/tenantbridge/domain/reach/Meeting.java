package com.tenantbridge.domain.reach;

/**
 * The scheduled meeting an anonymous expert joins: who organizes it, whether the tenant lets anonymous users
 * join ({@code null} when not known), and whether they skip the lobby.
 */
public record Meeting(String tenant, String organizerId, Boolean anonymousJoinAllowed, boolean skipsLobby) {
}
