package com.tenantbridge.cli;

import com.tenantbridge.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Special files as a plan, and output paths that cannot be written: one line each, nothing left behind. */
class PlanInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aPipeOrADeviceIsNotAPlanAndNothingBlocks() throws Exception {
        Path fifo = dir.resolve("plan.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(run("validate", "--plan", fifo.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString() + err).contains("is not a regular file (a device, a pipe or a socket)");
        assertThat(run("validate", "--plan", "/dev/zero")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("validate", "--plan", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString() + err).contains("(a folder)").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aPipeOrADeviceIsNotAnAccountsCsvAndNothingBlocks() throws Exception {
        String plan = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "vendor-accounts-abc.json").toString();
        Path fifo = dir.resolve("accounts.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(run("import", "--plan", plan, "--csv", fifo.toString(), "--offline")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString() + err).contains("is not a regular file (a device, a pipe or a socket); give the"
                + " accounts' CSV file");
        assertThat(run("import", "--plan", plan, "--csv", "/dev/zero", "--offline")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString() + err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsOneLineAndLeavesNothing() throws Exception {
        String plan = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "federation-abc-contoso.json").toString();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        int code = run("runbook", "--plan", plan, "--tenant", "demo@http://127.0.0.1:1", "--out",
                file.resolve("runbook.ps1").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString().strip().lines()).hasSizeLessThanOrEqualTo(2)
                .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
        assertThat(Files.readString(file)).isEqualTo("x");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("a-file");
        }
    }
}
