package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Teams-mobile vendor example from the command line: validate and check pass with every pair able to
 * annotate and the seats' end said; an expert without Field Service fails check and verify at the licence field;
 * answers saying nobody can hold one are refused by validate.
 */
class AnnotationCliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    private static Path example() {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "vendor-accounts-teams-mobile.json");
    }

    private Path edited(String from, String to) throws Exception {
        String json = Files.readString(example());
        assertThat(json).contains(from);
        Path out = dir.resolve("edited.json");
        Files.writeString(out, json.replace(from, to));
        return out;
    }

    @Test
    void theTeamsMobileExampleChecksCleanAndSaysWhoAnnotates() {
        assertThat(cli.run("validate", "--plan", example().toString())).as(cli.out()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("check", "--plan", example().toString(), "--tenant", cli.tenant)).as(cli.out())
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("SPE_F1: 25 free of 25", "seats last until 2027-06-30")
                .containsPattern("PASS    INTENT .*Vendor1's technicians and their experts can annotate")
                .contains("one-time basis");
    }

    @Test
    void anExpertWithoutALicenceFailsCheckAndVerifyAtTheLicenceField() throws Exception {
        Path bad = edited("\"members\" : [ \"Expert2@abc.com\" ]", "\"members\" : [ \"Engineer2@abc.com\" ]");
        assertThat(cli.run("validate", "--plan", bad.toString())).as("not known offline").isEqualTo(ExitCodes.OK);
        assertThat(cli.run("check", "--plan", bad.toString(), "--tenant", cli.tenant)).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).containsPattern("FAIL    INTENT .*Vendor2's technicians and their experts can annotate")
                .contains("Engineer2@abc.com").contains("plan field vendors.licence");
        assertThat(cli.run("verify", "--plan", bad.toString(), "--tenant", cli.tenant)).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).containsPattern("INTENT .*Vendor2's technicians and their experts can annotate");
        // Said before the first write; the licences are not the plan's to set, so the run is the admin's call.
        assertThat(cli.run("apply", "--plan", bad.toString(), "--tenant", cli.tenant, "--yes", "--journal",
                dir.resolve("run.jsonl").toString(), "--credentials", dir.resolve("handout.txt").toString()))
                .as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.err()).contains("warning: Vendor2's technicians and their experts cannot annotate")
                .contains("Engineer2@abc.com");
    }

    @Test
    void answersSayingNobodyCanHoldALicenceAreRefusedByValidate() throws Exception {
        Path bad = edited("\"annotationLicence\" : \"yes\"", "\"annotationLicence\" : \"no\"");
        assertThat(cli.run("validate", "--plan", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).contains("error   answers.annotationLicence: ");
    }
}
