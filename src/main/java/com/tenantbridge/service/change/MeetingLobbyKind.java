package com.tenantbridge.service.change;

import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.service.port.MeetingEvent;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.OnlineMeetingInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who waits in the meeting's lobby: lobbyBypassSettings of the organizer's onlineMeeting
 * (https://learn.microsoft.com/graph/api/onlinemeeting-update), the meeting found by the join URL of the event the run
 * booked. {@code before} is the scope it had, put back on undo.
 */
public final class MeetingLobbyKind implements ChangeHandler<MeetingLobbyKind.Done> {

    /** {@code before}: the {@link LobbyBypass} name, as journals have always written it. */
    public record Done(String organizer, String meetingId, String before, String note) implements ChangeRecord {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.lobbyPending();
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String organizer = c.param("organizer");
        String tx = c.param("transactionId");
        String joinUrl = Optional.ofNullable(run.known("event:" + tx))
                .orElseGet(() -> run.backoff().untilPresent(() -> p.meetings().findEvent(organizer, tx))
                        .map(MeetingEvent::joinUrl)
                        .orElseThrow(() -> new NotFoundException(404, "", "the meeting is not on " + organizer
                                + "'s calendar", null)));
        OnlineMeetingInfo meeting = run.backoff().untilPresent(() -> p.meetings().findOnlineMeeting(organizer,
                joinUrl)).orElseThrow(() -> new NotFoundException(404, "", "no Teams meeting behind " + joinUrl,
                        null));
        p.meetings().setLobby(organizer, meeting.meetingId(), LobbyBypass.valueOf(c.param("lobbyBypass")));
        return new Done(organizer, meeting.meetingId(), meeting.lobbyBypass() == null ? null
                : meeting.lobbyBypass().name(), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(c.param("organizer"), null, null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String organizer = c.param("organizer");
        Optional<OnlineMeetingInfo> meeting = at.ports().meetings().findEvent(organizer, c.param("transactionId"))
                .flatMap(ev -> at.ports().meetings().findOnlineMeeting(organizer, ev.joinUrl()));
        if (meeting.isEmpty()) {
            return at.fail("not found: the meeting is no longer on " + organizer + "'s calendar");
        }
        LobbyBypass now = meeting.get().lobbyBypass();
        return now != null && now.name().equals(c.param("lobbyBypass")) ? null
                : at.left("the meeting's lobby was changed since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        if (done.before() != null) {
            at.ports().meetings().setLobby(c.param("organizer"), done.meetingId(),
                    LobbyBypass.valueOf(done.before()));
        }
    }

    @Override
    public boolean setting() {
        return true;
    }
}
