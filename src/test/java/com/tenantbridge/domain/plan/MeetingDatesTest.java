package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** An opened plan whose meeting has passed gets the next working day proposed, same times, same zone. */
class MeetingDatesTest {

    private final DeploymentPlan example = ExamplePlans.load(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN)).plan();

    @Test
    void aMeetingStillAheadIsLeftAlone() {
        MeetingPlan m = example.anonymousJoin().meeting();
        assertThat(MeetingDates.proposeIfPassed(example, m.start().minusDays(1).atZone(java.time.ZoneId.of(
                m.timeZone())))).isEmpty();
    }

    @Test
    void aPassedMeetingMovesToTheNextWorkingDayKeepingItsTimesAndLength() {
        MeetingPlan m = example.anonymousJoin().meeting();
        // A Friday afternoon after the meeting: the next working day is the Monday.
        ZonedDateTime friday = ZonedDateTime.parse("2027-02-05T16:00:00Z");
        MeetingPlan moved = MeetingDates.proposeIfPassed(example, friday).orElseThrow().anonymousJoin().meeting();
        assertThat(moved.start()).isEqualTo(LocalDateTime.of(java.time.LocalDate.of(2027, 2, 8),
                m.start().toLocalTime()));
        assertThat(java.time.Duration.between(moved.start(), moved.end()))
                .isEqualTo(java.time.Duration.between(m.start(), m.end()));
        assertThat(moved.timeZone()).isEqualTo(m.timeZone());
        assertThat(moved.attendees()).isEqualTo(m.attendees());
    }
}
