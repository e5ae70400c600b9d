package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting in the past is refused by validate and apply alike, with the next working day to move it to; the
 * shipped example's meeting never expires: it follows the day it is opened. The clock is fixed after the example's
 * date (2027-01-14) through tenantbridge.now, as the suite fixes it before.
 */
class MeetingDateCliTest {

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    @TempDir
    Path dir;

    @RegisterExtension
    final FixedClock clock = new FixedClock();

    private static final Path EXAMPLE = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
            "anonymous-join-oem-expert.json");

    /** The example as an admin's own plan: another plan id, so nothing of it is moved for them. */
    private Path ownPlan() throws Exception {
        return Files.writeString(dir.resolve("own.json"), Files.readString(EXAMPLE)
                .replaceFirst("\"planId\" : \"[^\"]+\"", "\"planId\" : \"9d4c7a10-0000-4000-8000-000000000001\""));
    }

    @Test
    void anAdminsPlanWithAPastMeetingIsRefusedByValidateAndApplyWithTheDayToMoveItTo() throws Exception {
        clock.at("2027-02-01T12:00:00Z");
        Path plan = ownPlan();
        String expected = "anonymousJoin.meeting.start: in the past (2027-01-14 09:00, Europe/Berlin): choose a time"
                + " ahead, for example the next working day at the same time: \"start\": \"2027-02-02T09:00\","
                + " \"end\": \"2027-02-02T10:00\"";

        assertThat(cli.run("validate", "--plan", plan.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).contains(expected);

        Path journal = dir.resolve("run.jsonl");
        assertThat(cli.run("apply", "--plan", plan.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(), "--yes")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains(expected);
        assertThat(journal).doesNotExist();

        // Reading it to check, verify or undo still works: only a plan to apply must be ahead.
        assertThat(cli.run("check", "--plan", plan.toString(), "--tenant", cli.tenant)).isNotEqualTo(
                ExitCodes.BAD_INPUT);
    }

    @Test
    void theShippedExamplesMeetingFollowsTheDayItIsOpened() throws Exception {
        clock.at("2027-02-05T18:00:00Z");
        assertThat(cli.run("validate", "--plan", EXAMPLE.toString())).as(cli.out()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("The example's meeting had passed: it is on 2027-02-08 at 09:00"
                + " (Europe/Berlin) instead, the next working day at the same time");

        Path copy = Files.copy(EXAMPLE, dir.resolve("example.json"));
        Path journal = dir.resolve("run.jsonl");
        assertThat(cli.run("apply", "--plan", copy.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(), "--yes", "--organizer-sign-in")).as(cli.out() + cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(dir.resolve("run.plan.json"))).contains("\"start\" : \"2027-02-08T09:00:00\"");
    }
}
