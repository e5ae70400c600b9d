package com.tenantbridge.service.port;

import com.tenantbridge.domain.plan.LobbyBypass;
import java.util.Optional;

/**
 * Calendar events with Teams meetings, on the organizer's calendar (HoloLens Remote Assist lists only those),
 * and the online meeting behind them, for its lobby.
 */
public interface MeetingService {

    Optional<MeetingEvent> findEvent(String organizer, String transactionId);

    MeetingEvent createEvent(String organizer, MeetingRequest request);

    void deleteEvent(String organizer, String eventId);

    Optional<OnlineMeetingInfo> findOnlineMeeting(String organizer, String joinUrl);

    void setLobby(String organizer, String meetingId, LobbyBypass lobby);
}
