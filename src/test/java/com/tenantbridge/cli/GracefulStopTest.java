package com.tenantbridge.cli;

import com.tenantbridge.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rollback stopped the way Ctrl+C stops it (the JVM told to terminate): it finishes the undo in hand, says
 * what it did not reach, and leaves a journal from which rolling back again undoes exactly the rest.
 */
class GracefulStopTest {

    @TempDir
    Path dir;

    @Test
    void aTerminatedRollbackJournalsWhatItUndidAndTheRestIsUndoneLater() throws Exception {
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory().withLatency(150, 0))) {
            String tenant = "demo@" + server.graphBaseUrl();
            Path journal = dir.resolve("run.jsonl");
            String plan = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                    "vendor-accounts-abc.json").toString();
            assertThat(Launcher.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    "apply", "--plan", plan, "--tenant", tenant, "--journal", journal.toString(), "--credentials",
                    dir.resolve("handout.csv").toString(), "--yes")).isEqualTo(ExitCodes.OK);
            int total = Rollback.pending(Journal.verify(journal));
            assertThat(total).isGreaterThan(10);

            List<String> lines = terminatedAtTheSecondLine("rollback", "--journal", journal.toString(), "--tenant",
                    tenant, "--yes");

            long undone = lines.stream().filter(l -> l.contains(" UNDONE ")).count();
            List<JournalEntry> after = Journal.read(journal);
            long journaled = after.stream().filter(e -> e.status() == JournalEntry.Status.ROLLED_BACK).count();
            assertThat(undone).as("%s", lines).isBetween(2L, (long) total - 1);
            assertThat(journaled).as("every undo it printed is journaled: %s", lines).isEqualTo(undone);
            assertThat(lines).anySatisfy(l -> assertThat(l).endsWith((total - undone) + " not reached (stopped): roll"
                    + " back again to undo them."));
            assertThat(Rollback.pending(Journal.verify(journal))).isEqualTo(total - (int) undone);

            StringWriter out = new StringWriter();
            assertThat(Launcher.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "rollback",
                    "--journal", journal.toString(), "--tenant", tenant, "--yes")).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).contains((total - undone) + " undone, 0 failed.");
            assertThat(Rollback.pending(Journal.verify(journal))).isZero();
        }
    }

    @Test
    void aTerminatedApplyJournalsWhatItDidAndResumeFinishesTheRest() throws Exception {
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory().withLatency(150, 0))) {
            String tenant = "demo@" + server.graphBaseUrl();
            Path journal = dir.resolve("run.jsonl");
            String plan = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                    "anonymous-join-oem-expert.json").toString();
            List<String> lines = terminatedAtTheSecondLine("apply", "--plan", plan, "--tenant", tenant, "--journal",
                    journal.toString(), "--yes");
            long done = lines.stream().filter(l -> l.matches("\\[\\d+/\\d+\\] DONE .*")).count();
            List<JournalEntry> after = Journal.read(journal);
            assertThat(after.stream().filter(e -> e.status() == JournalEntry.Status.DONE).count())
                    .as("every change it printed as done is journaled: %s", lines).isEqualTo(done);
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(done + " done, 0 failed, 0 skipped, ")
                    .doesNotContain(" 0 cancelled"));

            StringWriter out = new StringWriter();
            assertThat(Launcher.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "apply",
                    "--plan", plan, "--tenant", tenant, "--journal", journal.toString(), "--resume", "--yes"))
                    .as("%s", out).isEqualTo(ExitCodes.OK);
            assertThat(Launcher.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    "verify", "--plan", plan, "--tenant", tenant)).isEqualTo(ExitCodes.OK);
        }
    }

    /** Runs the command in a JVM of its own and terminates it once it has printed its second progress line. */
    private static List<String> terminatedAtTheSecondLine(String... command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "com.tenantbridge.Launcher"));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.startsWith("[2/")) {
                        // SIGTERM, as Ctrl+C's SIGINT, runs the shutdown hooks; Process.destroy() would also
                        // close this end of the pipe.
                        p.toHandle().destroy();
                    }
                }
            } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("stopped: %s", lines).isTrue();
        reader.join(10_000);
        return lines;
    }
}
