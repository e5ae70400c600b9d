package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs `apply` in its own process against a demo tenant, kills it (SIGKILL) in the middle, resumes in the
 * same journal, and expects exactly the end state of an uninterrupted run: nothing lost, nothing twice.
 */
class EngineKillResumeTest {

    @TempDir
    Path dir;

    private static String digest(EngineFixture f, DeploymentPlan plan) throws Exception {
        List<String> parts = new ArrayList<>();
        for (String tenant : Checker.tenants(plan)) {
            parts.add("== " + tenant + "\n" + TenantDigest.of(f.server.graphBaseUrl(), tenant));
        }
        return String.join("\n", parts);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void aKilledRunResumesToTheSameEndState(Scenario scenario) throws Exception {
        DeploymentPlan plan = EngineFixture.example(scenario);
        String clean;
        try (EngineFixture f = new EngineFixture(dir.resolve("clean"), DemoOptions.inMemory())) {
            f.apply(plan, dir.resolve("clean.jsonl"), () -> false);
            clean = digest(f, plan);
        }
        Path planFile = dir.resolve("plan.json");
        Files.writeString(planFile, PlanJson.write(plan));
        Path journal = dir.resolve("killed.jsonl");
        try (EngineFixture f = new EngineFixture(dir.resolve("killed"), DemoOptions.inMemory().withLatency(40, 0))) {
            List<String> planned = f.plan(plan).changes().stream().map(c -> c.id()).toList();
            int total = planned.size();
            int killAfter = 1 + new Random(scenario.ordinal()).nextInt(Math.max(1, total - 2));
            Process child = ChildCli.start(dir.resolve("child-data"), dir.resolve("child.log"), "apply", "--plan",
                    planFile.toString(), "--tenant", "demo@" + f.server.graphBaseUrl(), "--yes", "--confirm-narrowing",
                    "--journal",
                    journal.toString(), "--credentials", dir.resolve("child-credentials.csv").toString());
            long deadline = System.currentTimeMillis() + 60_000;
            while (polled(journal) < killAfter && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int before = done(journal);
            assertThat(before).as("killed in the middle").isBetween(killAfter, total - 1);

            ApplyResult resumed = f.apply(plan, journal, () -> false);
            assertThat(resumed.succeeded()).isTrue();
            assertThat(resumed.outcomes().size()).as("only what was left").isLessThanOrEqualTo(total - before + 1);
            assertThat(f.plan(plan).changes()).isEmpty();
            assertThat(digest(f, plan)).isEqualTo(clean);
            JournalCheck.consistent(journal, planned);
        }
    }

    /** While the child writes, a read can catch its journal mid-line: that read counts as nothing yet. */
    private static int polled(Path journal) throws Exception {
        try {
            return done(journal);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static int done(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        return (int) Journal.read(journal).stream().filter(e -> e.status() == JournalEntry.Status.DONE).count();
    }
}
