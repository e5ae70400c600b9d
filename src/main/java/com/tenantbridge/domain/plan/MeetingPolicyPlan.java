package com.tenantbridge.domain.plan;

import java.util.List;

/**
 * The Teams meeting policy that lets anonymous users join. A named policy assigned to the Remote Assist
 * organizers only is the least-open variant (Maester MT.1046); "Global" changes it for everyone.
 */
public record MeetingPolicyPlan(String name, AutoAdmittedUsers autoAdmittedUsers, List<String> assignTo) {

    public static final String GLOBAL = "Global";

    public MeetingPolicyPlan {
        assignTo = Lists.copy(assignTo);
    }
}
