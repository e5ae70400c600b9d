package com.tenantbridge.service.change;

import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.service.port.MeetingEvent;
import com.tenantbridge.service.port.MeetingRequest;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Teams meeting on the organizer's own calendar, the expert invited by email:
 * https://learn.microsoft.com/graph/api/user-post-events with isOnlineMeeting. Its transactionId makes it findable
 * again, so a retried run does not book it twice; an undo deletes only the event the run created.
 */
public final class ScheduleMeetingKind implements ChangeHandler<ScheduleMeetingKind.Done> {

    public record Done(String eventId, String joinUrl, boolean created, String note) implements ChangeRecord {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.parties(Party.Kind.ANONYMOUS).forEach(p -> reach.absent(p.id(), "the meeting is not on the organizer's"
                + " calendar yet, so " + p.label() + " has no invitation"));
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String organizer = c.param("organizer");
        String tx = c.param("transactionId");
        Optional<MeetingEvent> existing = p.meetings().findEvent(organizer, tx);
        if (existing.isPresent()) {
            run.remember("event:" + tx, existing.get().joinUrl());
            return new Done(existing.get().eventId(), existing.get().joinUrl(), false, null);
        }
        MeetingPlan m = run.plan().anonymousJoin().meeting();
        MeetingEvent event = p.meetings().createEvent(organizer, new MeetingRequest(tx, m.subject(), m.start(),
                m.end(), m.timeZone(), m.attendees().stream().map(a -> new MeetingRequest.Invitee(a.email(),
                a.name())).toList()));
        run.remember("event:" + tx, event.joinUrl());
        return new Done(event.eventId(), event.joinUrl(), true, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(null, null, false, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        if (!done.created()) {
            return null;
        }
        String organizer = c.param("organizer");
        return at.ports().meetings().findEvent(organizer, c.param("transactionId"))
                .filter(ev -> ev.eventId().equals(done.eventId())).isPresent() ? null
                : at.fail("the meeting is no longer on " + organizer + "'s calendar");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        if (done.created()) {
            at.ports().meetings().deleteEvent(c.param("organizer"), done.eventId());
        }
    }
}
