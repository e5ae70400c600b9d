package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One writer per journal, and a handout that is only ever a new file of this run (or its own on resume). */
class RunFilesTest {

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    @TempDir
    Path dir;

    private final String plan = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
            "vendor-accounts-abc.json").toString();

    private int apply(Path journal, Path credentials, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("apply", "--plan", plan, "--tenant",
                cli.tenant, "--journal", journal.toString(), "--yes"));
        if (credentials != null) {
            args.addAll(java.util.List.of("--credentials", credentials.toString()));
        }
        args.addAll(java.util.List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void aSecondWriterOfAJournalIsRefusedNamingTheProcessThatHoldsIt() throws Exception {
        Path journal = dir.resolve("run.jsonl");
        assertThat(apply(journal, dir.resolve("handout.csv"))).isEqualTo(ExitCodes.OK);
        long before = Files.size(journal);
        try (Journal held = Journal.open(journal, "apply")) {
            assertThatThrownBy(() -> Journal.open(journal, "rollback")).isInstanceOf(JournalLock.HeldException.class)
                    .hasMessageContaining("process " + ProcessHandle.current().pid() + " (apply");
            assertThat(cli.run("rollback", "--journal", journal.toString(), "--tenant", cli.tenant, "--yes"))
                    .isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(cli.err()).contains("is in use by process " + ProcessHandle.current().pid())
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.size(journal)).as("the refused rollback wrote nothing").isEqualTo(before);
        assertThat(cli.run("rollback", "--journal", journal.toString(), "--tenant", cli.tenant, "--yes"))
                .as(cli.out() + cli.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aSymbolicLinkIsNeverAHandout() throws Exception {
        Path target = Files.writeString(dir.resolve("target.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("handout.csv"), target);
        assertThat(apply(dir.resolve("run.jsonl"), link)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("exists already").contains("Nothing was changed");
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
        assertThat(dir.resolve("run.jsonl")).doesNotExist();
    }

    @Test
    void thePlanOrTheJournalIsNeverAHandout() throws Exception {
        Path copy = Files.copy(Path.of(plan), dir.resolve("plan.json"));
        String text = Files.readString(copy);
        assertThat(cli.run("apply", "--plan", copy.toString(), "--tenant", cli.tenant, "--journal",
                dir.resolve("run.jsonl").toString(), "--credentials", copy.toString(), "--yes"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("The credentials handout " + copy + " would overwrite the plan " + copy);
        assertThat(Files.readString(copy)).isEqualTo(text);

        Path journal = dir.resolve("run.jsonl");
        assertThat(apply(journal, journal)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("is also the journal (" + journal + ")");
        assertThat(journal).doesNotExist();
    }

    @Test
    void anotherUsersFileIsNotReopenedAndAResumeWritesOnlyItsOwnHandout() throws Exception {
        Path journal = dir.resolve("run.jsonl");
        Path handout = dir.resolve("handout.csv");
        assertThat(apply(journal, handout)).isEqualTo(ExitCodes.OK);
        assertThat(apply(journal, dir.resolve("other.csv"), "--resume")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("a resume adds to that file only");
        assertThat(dir.resolve("other.csv")).doesNotExist();
        assertThat(apply(journal, null, "--resume")).as(cli.out() + cli.err()).isEqualTo(ExitCodes.OK);

        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(handout, nobody);
        assertThatThrownBy(() -> CredentialsHandout.reopen(handout)).isInstanceOf(CredentialsHandout.RefusedException
                .class).hasMessageContaining("belongs to nobody");

        Path notOurs = Files.writeString(dir.resolve("notes.csv"), "a,b\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CredentialsHandout.reopen(notOurs)).hasMessageContaining("not a TenantBridge"
                + " credentials handout");
        assertThat(Files.readString(notOurs)).isEqualTo("a,b\n");
    }

    @Test
    void aPlanWhoseHostCannotBeReachedIsExitThreeAndNeverNoChanges() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("plan.json"), Files.readString(Path.of(plan))
                .replace("abc.com", "unreachable-host.com"));
        assertThat(cli.run("apply", "--plan", elsewhere.toString(), "--tenant", cli.tenant, "--journal",
                dir.resolve("run.jsonl").toString(), "--credentials", dir.resolve("h.csv").toString(), "--yes"))
                .as(cli.out() + cli.err()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(cli.err()).contains("unreachable-host.com could not be reached").contains("not planned");
        assertThat(cli.out()).doesNotContain("already match");
        assertThat(cli.run("plan", "--plan", elsewhere.toString(), "--tenant", cli.tenant))
                .isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(cli.out()).contains("Not planned: unreachable-host.com could not be reached")
                .doesNotContain("already match");
    }

    @Test
    void aJournalOfAnotherPlanIsNeitherResumedNorRolledBackUnderThisPlan() throws Exception {
        Path journal = dir.resolve("run.jsonl");
        assertThat(apply(journal, dir.resolve("handout.csv"))).isEqualTo(ExitCodes.OK);
        long before = Files.size(journal);
        String other = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "federation-abc-contoso.json").toString();
        assertThat(cli.run("apply", "--plan", other, "--tenant", cli.tenant, "--journal", journal.toString(),
                "--resume", "--yes")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("is a run of another plan (\u201cABC service accounts",
                "id 5b0f2c1e-7a43-4d2b-9c51-0a7e3d9f4a04", "not of this plan (id 5b0f2c1e-7a43-4d2b-9c51-0a7e3d9f4a02)",
                "Nothing was changed");
        assertThat(cli.run("rollback", "--journal", journal.toString(), "--plan", other, "--tenant", cli.tenant,
                "--yes")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("is a run of another plan").contains("--force");
        assertThat(Files.size(journal)).as("nothing written to it").isEqualTo(before);
    }

    @Test
    void theHostsOwnOnmicrosoftDomainIsNoFederationPartnerAndNothingStarts() throws Exception {
        String federation = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "federation-abc-contoso.json").toString();
        Path own = Files.writeString(dir.resolve("plan.json"), Files.readString(Path.of(federation))
                .replace("\"domain\" : \"contoso2.com\"", "\"domain\" : \"ABCcorp.onmicrosoft.com\""));
        assertThat(cli.run("apply", "--plan", own.toString(), "--tenant", cli.tenant, "--journal",
                dir.resolve("run.jsonl").toString(), "--yes")).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.err()).contains("Cannot apply: abccorp.onmicrosoft.com is one of abc.com's own verified"
                + " domains, not a partner").contains("Nothing was changed");
        assertThat(dir.resolve("run.jsonl")).doesNotExist();
    }
}
