package com.tenantbridge.domain.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A plan opened after its anonymous-join meeting has passed gets the next working day proposed, at the same times
 * in the same time zone, instead of a check that can only fail. The admin sees the proposal and can change it.
 */
public final class MeetingDates {

    private MeetingDates() {
    }

    /** The plan with the meeting moved to the next working day after {@code now}, if its start has passed. */
    public static Optional<DeploymentPlan> proposeIfPassed(DeploymentPlan plan, ZonedDateTime now) {
        AnonymousJoinPlan join = plan.anonymousJoin();
        MeetingPlan m = join == null ? null : join.meeting();
        if (m == null || m.start() == null || m.end() == null || m.timeZone() == null) {
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(m.timeZone());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        ZonedDateTime localNow = now.withZoneSameInstant(zone);
        if (!m.start().atZone(zone).isBefore(localNow)) {
            return Optional.empty();
        }
        LocalDate day = localNow.toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDateTime start = LocalDateTime.of(day, m.start().toLocalTime());
        LocalDateTime end = start.plus(Duration.between(m.start(), m.end()));
        MeetingPlan moved = new MeetingPlan(m.organizer(), m.subject(), start, end, m.timeZone(), m.attendees(),
                m.lobbyBypass());
        return Optional.of(plan.withAnonymousJoin(new AnonymousJoinPlan(join.meetingPolicy(), moved)));
    }

    /** A meeting that starts before {@code now} cannot be what the admin means: said at its field, before Checks. */
    public static Optional<Problem> inThePast(DeploymentPlan plan, ZonedDateTime now) {
        MeetingPlan m = plan.anonymousJoin() == null ? null : plan.anonymousJoin().meeting();
        if (m == null || m.start() == null || m.timeZone() == null) {
            return Optional.empty();
        }
        try {
            if (!m.start().atZone(ZoneId.of(m.timeZone())).isBefore(now)) {
                return Optional.empty();
            }
            String ahead = proposeIfPassed(plan, now).map(p -> p.anonymousJoin().meeting()).map(next -> ", for"
                    + " example the next working day at the same time: \"start\": \"" + next.start() + "\", \"end\": \""
                    + next.end() + "\"").orElse("");
            return Optional.of(Problem.error("anonymousJoin.meeting.start", "in the past (" + m.start().toLocalDate()
                    + " " + m.start().toLocalTime() + ", " + m.timeZone() + "): choose a time ahead" + ahead));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
