package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.PlanRun;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.engine.RunRollback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one run use case both faces drive: what stops a run before its first write, what it asks and in which
 * order, and that a resume writes only to the handout its journal names; then the rollback use case undoes it.
 */
class PlanRunTest {

    @TempDir
    Path dir;

    /** Answers as told and records what was asked, in order. */
    private static final class Answers implements PlanRun.Asks {
        final List<String> asked = new ArrayList<>();
        boolean narrowing = true;
        Path handout;
        boolean apply = true;

        @Override
        public boolean confirmNarrowing(List<Change> open, DeploymentPlan agreed) {
            asked.add("narrowing " + open.size());
            return narrowing;
        }

        @Override
        public Optional<Path> credentialsFile(String suggestedName, long accounts) {
            asked.add("handout " + accounts + " as " + suggestedName);
            return Optional.ofNullable(handout);
        }

        @Override
        public boolean confirmApply(PlanResult planned) {
            asked.add("apply " + planned.changes().size());
            return apply;
        }

        @Override
        public void starting(Path journal, Path file) {
            asked.add("start " + journal.getFileName() + " " + (file == null ? "-" : file.getFileName()));
        }
    }

    private PlanRun.Request request(EngineFixture f, DeploymentPlan plan, Path journal, Path credentials) {
        return new PlanRun.Request(plan, f.connections, journal, credentials, null, "test", () -> false,
                new Backoff(50, 10_000, () -> false), ApplyListener.NONE);
    }

    @Test
    void aDeclinedNarrowingStopsBeforeTheJournalAndAConfirmedOneIsRecordedInThePlanThatRuns() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            Answers no = new Answers();
            no.narrowing = false;
            long writes = f.server.traffic().writes();
            PlanRun.Outcome declined = PlanRun.run(request(f, plan, dir.resolve("a.jsonl"), null), no);
            assertThat(declined.stop()).isEqualTo(PlanRun.Stop.NOT_CONFIRMED);
            assertThat(no.asked).containsExactly("narrowing 2");
            assertThat(dir.resolve("a.jsonl")).doesNotExist();
            assertThat(f.server.traffic().writes()).isEqualTo(writes);

            Answers yes = new Answers();
            PlanRun.Outcome ran = PlanRun.run(request(f, plan, dir.resolve("a.jsonl"), null), yes);
            assertThat(yes.asked).containsExactly("narrowing 2", "apply 3", "start a.jsonl -");
            assertThat(ran.ran()).isTrue();
            assertThat(ran.result().succeeded()).isTrue();
            assertThat(ran.plan().confirmedNarrowing()).hasSize(2);

            PlanRun.Outcome again = PlanRun.run(request(f, ran.plan(), dir.resolve("b.jsonl"), null), new Answers());
            assertThat(again.stop()).isEqualTo(PlanRun.Stop.NOTHING_TO_DO);
            assertThat(dir.resolve("b.jsonl")).doesNotExist();
        }
    }

    @Test
    void newAccountsAskForAHandoutAfterTheNarrowingAndAResumeWritesOnlyToTheOneItsJournalNames() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            Answers none = new Answers();
            PlanRun.Outcome stopped = PlanRun.run(request(f, plan, dir.resolve("v.jsonl"), null), none);
            assertThat(stopped.stop()).isEqualTo(PlanRun.Stop.NO_HANDOUT);
            assertThat(none.asked).containsExactly("handout 4 as abc-service-accounts-for-vendor1-vendor2-and-a"
                    + "-contractor-credentials.csv");
            assertThat(dir.resolve("v.jsonl")).doesNotExist();

            Answers journalAsHandout = new Answers();
            journalAsHandout.handout = dir.resolve("v.jsonl");
            assertThat(PlanRun.run(request(f, plan, dir.resolve("v.jsonl"), null), journalAsHandout).why())
                    .contains("is also the journal (" + dir.resolve("v.jsonl") + ")");

            Answers chosen = new Answers();
            chosen.handout = dir.resolve("handout.csv");
            java.util.concurrent.atomic.AtomicInteger asks = new java.util.concurrent.atomic.AtomicInteger();
            PlanRun.Request cancelledEarly = new PlanRun.Request(plan, f.connections, dir.resolve("v.jsonl"), null,
                    null, "test", () -> asks.incrementAndGet() > 3, new Backoff(50, 10_000, () -> false),
                    ApplyListener.NONE);
            PlanRun.Outcome partly = PlanRun.run(cancelledEarly, chosen);
            assertThat(partly.result().succeeded()).as("cancelled").isFalse();
            assertThat(partly.handout()).isEqualTo(dir.resolve("handout.csv"));
            assertThat(chosen.asked).last().isEqualTo("start v.jsonl handout.csv");

            PlanRun.Outcome elsewhere = PlanRun.run(request(f, plan, dir.resolve("v.jsonl"), dir.resolve("x.csv")),
                    new Answers());
            assertThat(elsewhere.stop()).isEqualTo(PlanRun.Stop.NO_HANDOUT);
            assertThat(elsewhere.why()).contains("a resume adds to that file only");
            Answers resume = new Answers();
            PlanRun.Outcome resumed = PlanRun.run(request(f, plan, dir.resolve("v.jsonl"), null), resume);
            assertThat(resumed.result().succeeded()).isTrue();
            assertThat(resumed.handout()).isEqualTo(dir.resolve("handout.csv"));
            assertThat(resume.asked).as("the journal names the handout: nothing to ask")
                    .noneMatch(a -> a.startsWith("handout"));

            RunRollback.Outcome undone = RunRollback.run(dir.resolve("v.jsonl"), plan.planId(), f.connections,
                    Rollback.Progress.NONE, () -> false, new RunRollback.Asks() {
                        @Override
                        public boolean goOnDespite(List<String> problems) {
                            return false;
                        }

                        @Override
                        public boolean confirm(int pending) {
                            return true;
                        }
                    });
            assertThat(undone.ran()).isTrue();
            assertThat(undone.notUndone()).isZero();
            assertThat(undone.undone()).isEqualTo(undone.pending()).isPositive();
            assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
        }
    }

    @Test
    void aJournalOfAnotherPlanIsRefusedBeforeAnythingIsUndoneUnlessTheFaceGoesOn() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.GUEST_ACCESS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            Path journal = dir.resolve("g.jsonl");
            assertThat(PlanRun.run(request(f, plan, journal, null), new Answers()).result().succeeded()).isTrue();
            long size = Files.size(journal);
            List<String> seen = new ArrayList<>();
            RunRollback.Outcome refused = RunRollback.run(journal, "another-plan", f.connections,
                    Rollback.Progress.NONE, () -> false, new RunRollback.Asks() {
                        @Override
                        public boolean goOnDespite(List<String> problems) {
                            seen.addAll(problems);
                            return false;
                        }

                        @Override
                        public boolean confirm(int pending) {
                            throw new AssertionError("asked to confirm a refused journal");
                        }
                    });
            assertThat(refused.ran()).isFalse();
            assertThat(seen).singleElement().asString().contains("is a run of another plan");
            assertThat(Files.size(journal)).as("nothing written").isEqualTo(size);
        }
    }

    @Test
    void aMeetingInThePastIsRefusedBeforeAnythingIsWrittenWhicheverFaceRuns() throws Exception {
        DeploymentPlan example = EngineFixture.example(Scenario.ANONYMOUS_JOIN);
        var m = example.anonymousJoin().meeting();
        DeploymentPlan past = example.withAnonymousJoin(new com.tenantbridge.domain.plan.AnonymousJoinPlan(
                example.anonymousJoin().meetingPolicy(), new com.tenantbridge.domain.plan.MeetingPlan(m.organizer(),
                        m.subject(), m.start().withYear(2020), m.end().withYear(2020), m.timeZone(), m.attendees(),
                        m.lobbyBypass())));
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            Answers answers = new Answers();
            PlanRun.Outcome stopped = PlanRun.run(request(f, past, dir.resolve("m.jsonl"), null), answers);
            assertThat(stopped.stop()).isEqualTo(PlanRun.Stop.BLOCKED);
            assertThat(stopped.why()).startsWith("anonymousJoin.meeting.start: in the past (2020-01-14 09:00,"
                    + " Europe/Berlin): choose a time ahead, for example the next working day at the same time:");
            assertThat(answers.asked).isEmpty();
            assertThat(dir.resolve("m.jsonl")).doesNotExist();
        }
    }

    @Test
    void afterRemoteAssistsEndAnUnacceptedPlanIsRefusedBeforeAnythingIsWritten() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION).withAcceptedDeviations(List.of());
        String before = System.getProperty("tenantbridge.now");
        System.setProperty("tenantbridge.now", "2027-01-04T12:00:00Z");
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            Answers answers = new Answers();
            PlanRun.Outcome stopped = PlanRun.run(request(f, plan, dir.resolve("e.jsonl"), null), answers);
            assertThat(stopped.stop()).isEqualTo(PlanRun.Stop.BLOCKED);
            assertThat(stopped.why()).startsWith("technicianApp: Dynamics 365 Remote Assist on HoloLens 2 reached end"
                    + " of support on 2026-12-31");
            assertThat(answers.asked).isEmpty();
            assertThat(dir.resolve("e.jsonl")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("tenantbridge.now");
            } else {
                System.setProperty("tenantbridge.now", before);
            }
        }
    }
}
