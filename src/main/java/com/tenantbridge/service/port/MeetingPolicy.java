package com.tenantbridge.service.port;

import com.tenantbridge.domain.plan.AutoAdmittedUsers;

/** The parts of a Teams meeting policy the anonymous-join scenario sets. */
public record MeetingPolicy(String identity, boolean allowAnonymousUsersToJoinMeeting,
        AutoAdmittedUsers autoAdmittedUsers) {
}
