package com.tenantbridge.engine;

import com.tenantbridge.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.cli.ExitCodes;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.service.plan.OnboardingPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a 300-account batch run, at seeded random points: after resume every account the run
 * created has exactly one password in the handout (the accounts the killed run created but never handed out get a
 * new one), and rollback removes them all.
 */
class KillDuringBatchTest {

    private static final int ACCOUNTS = 300;
    private static final long SEED = 20261128L;
    /** Three rounds (about 40 s) in the suite; -Dtenantbridge.killRounds=N for a longer soak. */
    private static final int ROUNDS = Integer.getInteger("tenantbridge.killRounds", 3);

    @TempDir
    Path dir;

    @Test
    void everyAccountHasExactlyOnePasswordAfterAKillAndResumeAndRollbackRemovesThemAll() throws Exception {
        Random random = new Random(SEED);
        int recovered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            recovered += round(round, 40 + random.nextInt(ACCOUNTS * 3 - 80));
        }
        assertThat(recovered).as("some kill left accounts created but not handed out, and resume recovered them")
                .isPositive();
    }

    /** One kill after {@code killAfter} done lines; returns how many accounts resume found in place. */
    private int round(int round, int killAfter) throws Exception {
        Path here = Files.createDirectories(dir.resolve("round" + round));
        DeploymentPlan plan = OnboardingPlans.generate(ACCOUNTS, 3);
        Path planFile = here.resolve("plan.json");
        Files.writeString(planFile, PlanJson.write(plan));
        Path journal = here.resolve("run.jsonl");
        Path handout = here.resolve("handout.csv");
        try (EngineFixture f = new EngineFixture(here, DemoOptions.inMemory().withLatency(5, 5))) {
            f.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), ACCOUNTS + 10);
            f.seats("abc.com", "SPE_E5", ACCOUNTS + 20);
            String tenant = "demo@" + f.server.graphBaseUrl();
            Process child = ChildCli.start(here.resolve("child-data"), here.resolve("child.log"), "apply", "--plan",
                    planFile.toString(), "--tenant", tenant, "--journal", journal.toString(), "--credentials",
                    handout.toString(), "--yes");
            long deadline = System.currentTimeMillis() + 90_000;
            while (done(journal) < killAfter && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long open = openCreates(journal);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), "apply", "--plan",
                    planFile.toString(), "--tenant", tenant, "--journal", journal.toString(), "--resume", "--yes");
            assertThat(code).as(out + "\n" + err).isEqualTo(ExitCodes.OK);

            Map<String, Integer> rows = handoutRows(handout);
            for (VendorAccount a : plan.vendors().accounts()) {
                assertThat(rows.getOrDefault(a.userPrincipalName().toLowerCase(Locale.ROOT), 0))
                        .as("round %d (killed after %d done lines, %d creates open): %s", round, killAfter, open,
                                a.userPrincipalName()).isEqualTo(1);
            }
            int foundInPlace = (int) Journal.read(journal).stream().filter(e -> e.status() == JournalEntry.Status.DONE
                    && e.result() != null && String.valueOf(e.result().note()).startsWith("created by the"
                            + " interrupted run")).count();

            code = Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), "rollback",
                    "--journal", journal.toString(), "--tenant", tenant, "--yes");
            assertThat(code).as(out + "\n" + err).isEqualTo(ExitCodes.OK);
            var remaining = f.connections.ports("abc.com").orElseThrow().directory().findUsers(plan.vendors()
                    .accounts().stream().map(VendorAccount::userPrincipalName).toList());
            assertThat(remaining).as("rollback removed every account of the run").isEmpty();
            return foundInPlace;
        }
    }

    /** Cheap enough to poll while the child runs: the done lines, counted as text. */
    private static int done(Path journal) {
        try {
            return Files.exists(journal) ? (int) Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("\"status\":\"DONE\"")).count() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long openCreates(Path journal) throws Exception {
        Map<String, JournalEntry.Status> last = new HashMap<>();
        Journal.read(journal).stream().filter(e -> "CREATE_USER".equals(e.kind()))
                .forEach(e -> last.put(e.changeId(), e.status()));
        return last.values().stream().filter(s -> s == JournalEntry.Status.STARTED).count();
    }

    private static Map<String, Integer> handoutRows(Path handout) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(handout, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            rows.merge(line.substring(0, line.indexOf(',')).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return rows;
    }

    @Test
    void aSecondProcessOnTheJournalIsRefusedNamingTheOneThatWritesIt() throws Exception {
        DeploymentPlan plan = EngineFixture.example(com.tenantbridge.domain.scenario.Scenario.VENDOR_ACCOUNTS);
        Path planFile = dir.resolve("plan.json");
        Files.writeString(planFile, PlanJson.write(plan));
        Path journal = dir.resolve("run.jsonl");
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory().withLatency(150, 0))) {
            String tenant = "demo@" + f.server.graphBaseUrl();
            Process child = ChildCli.start(dir.resolve("child-data"), dir.resolve("child.log"), "apply", "--plan",
                    planFile.toString(), "--tenant", tenant, "--journal", journal.toString(), "--credentials",
                    dir.resolve("handout.csv").toString(), "--yes");
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (done(journal) < 2 && child.isAlive() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                StringWriter err = new StringWriter();
                int code = Launcher.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                        "rollback", "--journal", journal.toString(), "--tenant", tenant, "--yes");
                assertThat(child.isAlive()).as("the first process still runs: %s", Files.readString(dir.resolve(
                        "child.log"))).isTrue();
                assertThat(code).as("%s", err).isEqualTo(ExitCodes.BAD_INPUT);
                assertThat(err.toString()).contains("is in use by process " + child.pid() + " (apply");
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
