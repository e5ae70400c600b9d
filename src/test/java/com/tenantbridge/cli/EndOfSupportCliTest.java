package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote Assist's end on 2026-12-31, through the command line on both sides of the date (the clock fixed with
 * tenantbridge.now): warned before, refused after unless accepted; the shipped examples accept it and still apply.
 */
class EndOfSupportCliTest {

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    @TempDir
    Path dir;

    @RegisterExtension
    final FixedClock clock = new FixedClock();

    private static final Path EXAMPLE = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
            "guest-access-abc-experts.json");

    /** The example as an admin's Remote Assist plan that has not accepted the end. */
    private Path unaccepted() throws Exception {
        return Files.writeString(dir.resolve("own.json"), Files.readString(EXAMPLE)
                .replace("\"acceptedDeviations\" : [ \"D365-MR-EOS-2026\" ]", "\"acceptedDeviations\" : [ ]"));
    }

    @Test
    void beforeTheEndAPlanOnRemoteAssistIsWarnedAndStillValid() throws Exception {
        clock.at("2026-12-07T12:00:00Z");
        assertThat(cli.run("validate", "--plan", unaccepted().toString())).as(cli.out()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("warning technicianApp: Dynamics 365 Remote Assist on HoloLens 2 reaches end"
                + " of support on 2026-12-31");
    }

    @Test
    void afterTheEndItIsRefusedUnlessAcceptedAndTheExampleStillApplies() throws Exception {
        clock.at("2027-01-04T12:00:00Z");
        Path own = unaccepted();
        assertThat(cli.run("validate", "--plan", own.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).contains("error   technicianApp: Dynamics 365 Remote Assist on HoloLens 2 reached end"
                + " of support on 2026-12-31");
        Path journal = dir.resolve("own.jsonl");
        assertThat(cli.run("apply", "--plan", own.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(), "--yes")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(journal).doesNotExist();

        Path example = Files.copy(EXAMPLE, dir.resolve("example.json"));
        assertThat(cli.run("validate", "--plan", example.toString())).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("kept as an accepted deviation (D365-MR-EOS-2026)");
        assertThat(cli.run("apply", "--plan", example.toString(), "--tenant", cli.tenant, "--journal",
                dir.resolve("example.jsonl").toString(), "--yes")).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("check", "--plan", example.toString(), "--tenant", cli.tenant)).isZero();
        assertThat(cli.out()).contains("APP-01");
    }
}
