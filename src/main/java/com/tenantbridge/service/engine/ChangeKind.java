package com.tenantbridge.service.engine;

/** What a change does; each kind knows its channel and how it is undone. */
public enum ChangeKind {
    TEAMS_FEDERATION(Channel.POWERSHELL, "Teams external access"),
    CROSS_TENANT_PARTNER(Channel.GRAPH, "Cross-tenant access settings"),
    TEAMS_GUEST_ACCESS(Channel.POWERSHELL, "Teams guest access"),
    INVITE_GUEST(Channel.GRAPH, "Guest invitation"),
    ADD_TEAM_MEMBER(Channel.GRAPH, "Team membership"),
    CREATE_USER(Channel.GRAPH, "Service account"),
    ASSIGN_LICENSE(Channel.GRAPH, "Licence"),
    ASSIGN_GROUP_LICENSE(Channel.GRAPH, "Group licences"),
    CREATE_GROUP(Channel.GRAPH, "Segment group"),
    ADD_GROUP_MEMBER(Channel.GRAPH, "Group membership"),
    BARRIER_SEGMENT(Channel.POWERSHELL, "Information-barrier segment"),
    BARRIER_POLICY(Channel.POWERSHELL, "Information-barrier policy"),
    ACTIVATE_BARRIER_POLICY(Channel.POWERSHELL, "Policy activation"),
    APPLY_BARRIERS(Channel.POWERSHELL, "Barrier application"),
    MEETING_CONFIGURATION(Channel.POWERSHELL, "Anonymous join"),
    MEETING_POLICY(Channel.POWERSHELL, "Meeting policy"),
    ASSIGN_MEETING_POLICY(Channel.POWERSHELL, "Meeting policy assignment"),
    SCHEDULE_MEETING(Channel.GRAPH, "Teams meeting"),
    MEETING_LOBBY(Channel.GRAPH, "Meeting lobby");

    private final Channel channel;
    private final String label;

    ChangeKind(Channel channel, String label) {
        this.channel = channel;
        this.label = label;
    }

    public Channel channel() {
        return channel;
    }

    public String label() {
        return label;
    }
}
