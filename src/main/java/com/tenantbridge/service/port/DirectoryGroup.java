package com.tenantbridge.service.port;

import java.time.Instant;

/**
 * A group as the engine needs it. {@code description} and {@code createdDateTime} let rollback prove a group is the
 * one its run created; either may be null where the read did not ask for it.
 */
public record DirectoryGroup(String id, String displayName, String mail, boolean isTeam, String description,
        Instant createdDateTime) {

    public DirectoryGroup(String id, String displayName, String mail, boolean isTeam) {
        this(id, displayName, mail, isTeam, null, null);
    }
}
