package com.tenantbridge.domain.plan;

/**
 * Scenario D: the tenant allows anonymous join (Set-CsTeamsMeetingConfiguration -DisableAnonymousJoin
 * $false), a meeting policy lets the organizer's meetings take anonymous users, and the meeting is scheduled.
 */
public record AnonymousJoinPlan(MeetingPolicyPlan meetingPolicy, MeetingPlan meeting) {
}
