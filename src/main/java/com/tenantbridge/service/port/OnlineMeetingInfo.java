package com.tenantbridge.service.port;

import com.tenantbridge.domain.plan.LobbyBypass;

public record OnlineMeetingInfo(String meetingId, String joinUrl, LobbyBypass lobbyBypass) {
}
