package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output overwrites an input or another output: handout, journal, the plan copy beside it, the handover folder,
 * report, import and runbook are held against each other before anything is written, and each refusal is one line
 * naming both files. The case that filed this: a handout named as the journal's plan copy, which replaced the
 * passwords after the accounts were made.
 */
class OutputClashTest {

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    @TempDir
    Path dir;

    private static Path example(String name) {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", name);
    }

    private Path copy(String name) throws Exception {
        return Files.copy(example(name), dir.resolve(name));
    }

    private int apply(Path plan, Path journal, Path credentials, String... more) {
        List<String> args = new ArrayList<>(List.of("apply", "--plan", plan.toString(), "--tenant", cli.tenant,
                "--journal", journal.toString(), "--yes"));
        if (credentials != null) {
            args.addAll(List.of("--credentials", credentials.toString()));
        }
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    /** Refused with exit 2, one line naming both files, and no file in the folder changed or added. */
    private void refusedWritingNothing(int code, String... named) throws Exception {
        assertThat(code).as(cli.out() + cli.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains(named).doesNotContain("Exception");
    }

    private List<String> listing() throws Exception {
        try (var files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p) + ":" + (Files.isRegularFile(p) ? p.toFile().length() : 0))
                    .sorted().toList();
        }
    }

    @Test
    void aHandoutNamedAsThePlanCopyBesideTheJournalIsRefusedBeforeAnyAccountIsMade() throws Exception {
        Path plan = copy("vendor-accounts-abc.json");
        Path journal = dir.resolve("run.jsonl");
        Path planCopy = dir.resolve("run.plan.json");
        List<String> before = listing();

        refusedWritingNothing(apply(plan, journal, planCopy), "The credentials handout " + planCopy,
                "is also the plan copy kept beside the journal (" + planCopy + ")", "Nothing was changed.");

        // The journal is written before the first change: without it, nothing reached the tenant.
        assertThat(listing()).isEqualTo(before);
        assertThat(journal).doesNotExist();
    }

    @Test
    void aHandoutInsideTheRunsHandoverFolderOrThroughALinkedFolderIsRefused() throws Exception {
        Path plan = copy("vendor-accounts-abc.json");
        Path journal = dir.resolve("run.jsonl");
        Path inFolder = dir.resolve("run-handover").resolve("abc.com.ps1");
        refusedWritingNothing(apply(plan, journal, inFolder), inFolder.toString(), "the run's handover folder");

        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir);
        refusedWritingNothing(apply(plan, journal, linked.resolve("run.plan.json")), "is also the plan copy");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aJournalThatIsThePlanOrAnotherPlanIsRefusedEvenWithForce() throws Exception {
        Path plan = copy("federation-abc-contoso.json");
        String text = Files.readString(plan);
        refusedWritingNothing(apply(plan, plan, null, "--force"), "The journal " + plan,
                "would overwrite the plan " + plan);
        assertThat(Files.readString(plan)).isEqualTo(text);

        Path other = copy("guest-access-abc-experts.json");
        String otherText = Files.readString(other);
        refusedWritingNothing(apply(plan, other, null, "--force"), "The journal " + other,
                "exists and is not a journal (it reads as a plan)");
        assertThat(Files.readString(other)).isEqualTo(otherText);
    }

    @Test
    void aReportOverAPlanOrItsJournalIsRefusedAndOverAnEarlierReportIsWritten() throws Exception {
        Path plan = copy("federation-abc-contoso.json");
        Path journal = dir.resolve("run.jsonl");
        assertThat(apply(plan, journal, null, "--confirm-narrowing")).as(cli.err()).isEqualTo(ExitCodes.OK);
        String planText = Files.readString(plan);
        String journalText = Files.readString(journal);

        refusedWritingNothing(cli.run("report", "--journal", journal.toString(), "--plan", plan.toString(), "--out",
                dir.resolve("x.json").toString().replace("x.json", plan.getFileName().toString())),
                "would overwrite the plan " + plan);
        Path unrelated = copy("guest-access-abc-experts.json");
        refusedWritingNothing(cli.run("report", "--journal", journal.toString(), "--out", unrelated.toString()),
                "exists and is not a report (it reads as a plan)");
        assertThat(Files.readString(plan)).isEqualTo(planText);
        assertThat(Files.readString(journal)).isEqualTo(journalText);

        Path report = dir.resolve("report.html");
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", report.toString())).isZero();
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", report.toString())).isZero();
        Path json = dir.resolve("report.json");
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", json.toString())).isZero();
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", json.toString())).isZero();
    }

    @Test
    void importNeverWritesOverItsOwnCsvButMayUpdateItsPlan() throws Exception {
        Path plan = copy("vendor-accounts-abc.json");
        Path csv = Files.writeString(dir.resolve("accounts.csv"), "displayName,userPrincipalName,contactEmail,company,"
                + "usageLocation,segment,device\nNew Vendor,Vendor1_New_SA@abc.com,new@vendor1.com,Vendor1,US,"
                + "V1_RemoteAssistUser,hololens\n");
        String csvText = Files.readString(csv);
        refusedWritingNothing(cli.run("import", "--plan", plan.toString(), "--csv", csv.toString(), "--out",
                csv.toString(), "--offline"), "would overwrite the accounts CSV " + csv);
        assertThat(Files.readString(csv)).isEqualTo(csvText);

        int code = cli.run("import", "--plan", plan.toString(), "--csv", csv.toString(), "--out", plan.toString(),
                "--offline");
        assertThat(code).as(cli.out() + cli.err()).isZero();
        assertThat(Files.readString(plan)).contains("Vendor1_New_SA@abc.com");
    }

    @Test
    void aRunbookOrAHandoverNeverReplacesThePlan() throws Exception {
        Path plan = copy("federation-abc-contoso.json");
        String text = Files.readString(plan);
        refusedWritingNothing(cli.run("runbook", "--plan", plan.toString(), "--out", plan.toString()),
                "would overwrite the plan " + plan);

        Path folder = Files.createDirectories(dir.resolve("handover"));
        Path inside = Files.copy(plan, folder.resolve("contoso1.com.plan.json"));
        refusedWritingNothing(cli.run("plan", "--plan", inside.toString(), "--handover", folder.toString()),
                "The plan " + inside, "is one of the files the handover folder (--handover) " + folder
                        + " writes (contoso1.com.plan.json)");
        assertThat(Files.readString(plan)).isEqualTo(text);
        assertThat(Files.readString(inside)).isEqualTo(text);
    }
}
