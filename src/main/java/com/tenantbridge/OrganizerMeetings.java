package com.tenantbridge;

import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.service.port.MeetingEvent;
import com.tenantbridge.service.port.MeetingRequest;
import com.tenantbridge.service.port.MeetingService;
import com.tenantbridge.service.port.OnlineMeetingInfo;
import com.tenantbridge.service.port.UnreachableException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The meeting is made, read and undone by its organizer, on their own calendar, with their own sign-in: each call
 * goes to the session of the organizer it names. An organizer who has not signed in is unreachable, so the meeting
 * is handed over to them (an .ics and steps) while the admin's part runs.
 */
final class OrganizerMeetings implements MeetingService {

    private final Map<String, MeetingService> sessions = new ConcurrentHashMap<>();
    /** Opens a session for an organizer on demand (the demo tenant's users are all at hand); null when none can. */
    private final Function<String, MeetingService> open;

    OrganizerMeetings(Function<String, MeetingService> open) {
        this.open = open;
    }

    void signedIn(String organizer, MeetingService session) {
        sessions.put(organizer.toLowerCase(Locale.ROOT), session);
    }

    private MeetingService as(String organizer) {
        String key = organizer.toLowerCase(Locale.ROOT);
        MeetingService s = sessions.get(key);
        if (s == null && open != null) {
            s = sessions.computeIfAbsent(key, k -> open.apply(organizer));
        }
        if (s == null) {
            throw new UnreachableException(organizer + " has not signed in as the organizer, so the meeting is handed"
                    + " over to them (an .ics and the steps); sign in as " + organizer + " to make it from here");
        }
        return s;
    }

    @Override
    public Optional<MeetingEvent> findEvent(String organizer, String transactionId) {
        return as(organizer).findEvent(organizer, transactionId);
    }

    @Override
    public MeetingEvent createEvent(String organizer, MeetingRequest request) {
        return as(organizer).createEvent(organizer, request);
    }

    @Override
    public void deleteEvent(String organizer, String eventId) {
        as(organizer).deleteEvent(organizer, eventId);
    }

    @Override
    public Optional<OnlineMeetingInfo> findOnlineMeeting(String organizer, String joinUrl) {
        return as(organizer).findOnlineMeeting(organizer, joinUrl);
    }

    @Override
    public void setLobby(String organizer, String meetingId, LobbyBypass lobby) {
        as(organizer).setLobby(organizer, meetingId, lobby);
    }
}
