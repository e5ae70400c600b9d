package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.tenantbridge.DemoConnections;
import com.tenantbridge.service.handover.Handover;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anonymous-join meeting is its organizer's: when they are not at hand to sign in, the admin's part (tenant
 * setting, meeting policy) still runs and the meeting is handed over as an .ics with one page of steps.
 */
class OrganizerMeetingTest {

    @TempDir
    Path dir;

    @Test
    void anOrganizerAwayGetsTheMeetingAsAnIcsWhileTheAdminsPartRuns() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.ANONYMOUS_JOIN);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            DemoConnections away = f.connections.withOrganizersAway();
            PlanResult planned = new Planner().plan(plan, away);

            assertThat(planned.offline().get("abc.com")).extracting(c -> c.kind())
                    .containsExactly(ChangeKind.SCHEDULE_MEETING, ChangeKind.MEETING_LOBBY);
            assertThat(planned.notes()).anyMatch(n -> n.contains("Technician1@abc.com has not signed in as the"
                    + " organizer"));
            ApplyResult result;
            try (Journal j = Journal.open(dir.resolve("run.jsonl"))) {
                result = new Applier().apply(plan, planned, away, new Applier.Options(j, null, () -> false,
                        new Backoff(10, 100, () -> false), ApplyListener.NONE));
            }
            assertThat(result.succeeded()).as(result.outcomes().toString()).isTrue();
            assertThat(result.outcomes()).filteredOn(o -> o.status() == ChangeOutcome.Status.DONE).isNotEmpty();
            assertThat(result.count(ChangeOutcome.Status.RUNBOOK)).isEqualTo(2);
            assertThat(Handover.write(dir.resolve("after-run"), plan,
                    result.runbookWork())).as("what apply writes beside the journal")
                    .contains(dir.resolve("after-run/abc.com.ps1"),
                            dir.resolve("after-run/Technician1_abc.com-meeting.ics"));

            List<Path> files = Handover.write(dir.resolve("handover"), plan, planned);
            Path ics = dir.resolve("handover/Technician1_abc.com-meeting.ics");
            assertThat(files).contains(ics, dir.resolve("handover/Technician1_abc.com-meeting-steps.md"));
            ICalendar calendar = Biweekly.parse(Files.readString(ics)).first();
            VEvent event = calendar.getEvents().get(0);
            assertThat(event.getSummary().getValue()).isEqualTo(plan.anonymousJoin().meeting().subject());
            assertThat(event.getDateStart().getValue().toInstant()).as("09:00 in Berlin in January")
                    .isEqualTo(Instant.parse("2027-01-14T08:00:00Z"));
            assertThat(event.getOrganizer().getEmail()).isEqualTo("Technician1@abc.com");
            assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly("oem-expert@fabrikam.com");
            assertThat(Files.readString(dir.resolve("handover/Technician1_abc.com-meeting-steps.md")))
                    .contains("Turn on **Teams meeting**", "Who can bypass the lobby\u201d to Everyone");
        }
    }

    @Test
    void anOrganizerAtHandMakesTheMeetingThemselves() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.ANONYMOUS_JOIN);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            List<String> calendarCalls = new java.util.concurrent.CopyOnWriteArrayList<>();
            f.server.onGraphCallBy((who, call) -> {
                if (call.contains("/events") || call.contains("/onlineMeetings")) {
                    calendarCalls.add(who);
                }
            });
            assertThat(f.apply(plan, dir.resolve("run.jsonl"), () -> false).succeeded()).isTrue();
            assertThat(calendarCalls).isNotEmpty().containsOnly("Technician1@abc.com");
            assertThat(f.plan(plan).changes()).isEmpty();
        }
    }
}
