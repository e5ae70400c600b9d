package com.tenantbridge.service.port;

import com.tenantbridge.domain.plan.AutoAdmittedUsers;

/**
 * The parts of a Teams meeting policy the anonymous-join scenario sets, and ({@code gates}, null when not read) what
 * else in it can stop or gate an anonymous expert; TenantBridge never writes the gates.
 */
public record MeetingPolicy(String identity, boolean allowAnonymousUsersToJoinMeeting,
        AutoAdmittedUsers autoAdmittedUsers, AnonymousJoinGates gates) {

    public MeetingPolicy(String identity, boolean allowAnonymousUsersToJoinMeeting,
            AutoAdmittedUsers autoAdmittedUsers) {
        this(identity, allowAnonymousUsersToJoinMeeting, autoAdmittedUsers, null);
    }

    /** Only what the plan manages, to compare with what it wants (the gates are read, never the plan's). */
    public MeetingPolicy managed() {
        return new MeetingPolicy(identity, allowAnonymousUsersToJoinMeeting, autoAdmittedUsers);
    }
}
