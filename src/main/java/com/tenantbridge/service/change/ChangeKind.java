package com.tenantbridge.service.change;

/**
 * What a change does: its channel, its name for people, and its handler ({@link ChangeHandler}: apply, read, undo
 * and journal record, one file each). A new kind is its handler's file and one line here.
 */
public enum ChangeKind {
    TEAMS_FEDERATION(Channel.POWERSHELL, "Teams external access", new TeamsFederationKind()),
    CROSS_TENANT_PARTNER(Channel.GRAPH, "Cross-tenant access settings", new CrossTenantPartnerKind()),
    TEAMS_GUEST_ACCESS(Channel.POWERSHELL, "Teams guest access", new TeamsGuestAccessKind()),
    INVITE_GUEST(Channel.GRAPH, "Guest invitation", new InviteGuestKind()),
    ADD_TEAM_MEMBER(Channel.GRAPH, "Team membership", new AddTeamMemberKind()),
    CREATE_USER(Channel.GRAPH, "Service account", new CreateUserKind()),
    ASSIGN_LICENSE(Channel.GRAPH, "Licence", new AssignLicenseKind()),
    ASSIGN_GROUP_LICENSE(Channel.GRAPH, "Group licences", new AssignGroupLicenseKind()),
    CREATE_GROUP(Channel.GRAPH, "Segment group", new CreateGroupKind()),
    ADD_GROUP_MEMBER(Channel.GRAPH, "Group membership", new AddGroupMemberKind()),
    BARRIER_SEGMENT(Channel.POWERSHELL, "Information-barrier segment", new BarrierSegmentKind()),
    BARRIER_POLICY(Channel.POWERSHELL, "Information-barrier policy", new BarrierPolicyKind()),
    ACTIVATE_BARRIER_POLICY(Channel.POWERSHELL, "Policy activation", new ActivateBarrierPolicyKind()),
    APPLY_BARRIERS(Channel.POWERSHELL, "Barrier application", new ApplyBarriersKind()),
    MEETING_CONFIGURATION(Channel.POWERSHELL, "Anonymous join", new MeetingConfigurationKind()),
    MEETING_POLICY(Channel.POWERSHELL, "Meeting policy", new MeetingPolicyKind()),
    ASSIGN_MEETING_POLICY(Channel.POWERSHELL, "Meeting policy assignment", new AssignMeetingPolicyKind()),
    SCHEDULE_MEETING(Channel.GRAPH, "Teams meeting", new ScheduleMeetingKind()),
    MEETING_LOBBY(Channel.GRAPH, "Meeting lobby", new MeetingLobbyKind());

    private final Channel channel;
    private final String label;
    private final ChangeHandler<?> handler;

    ChangeKind(Channel channel, String label, ChangeHandler<?> handler) {
        this.channel = channel;
        this.label = label;
        this.handler = handler;
    }

    /** The kind a journal line names, if this version knows it. */
    public static java.util.Optional<ChangeKind> named(String name) {
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    public ChangeHandler<?> handler() {
        return handler;
    }

    public Channel channel() {
        return channel;
    }

    public String label() {
        return label;
    }
}
