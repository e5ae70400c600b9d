package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.plan.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** report: the rollout report from a journal, as HTML and JSON, with no secret and every text escaped. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    private static Path example(String file) {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", file);
    }

    @Test
    void aVendorRunReportsEveryChangeAndNoPassword() throws Exception {
        DeploymentPlan plan = PlanFiles.load(example("vendor-accounts-abc.json")).plan();
        Path planFile = dir.resolve("plan.json");
        PlanFiles.save(planFile, plan.withName("ABC <b>vendors</b> & co"));
        Path journal = dir.resolve("run.jsonl");
        Path handout = dir.resolve("handout.csv");
        assertThat(cli.run("apply", "--plan", planFile.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(),
                "--credentials", handout.toString(), "--yes")).isEqualTo(ExitCodes.OK);
        assertThat(PlanFiles.besideJournal(journal)).exists();

        Path html = dir.resolve("report.html");
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", html.toString(), "--tenant", cli.tenant))
                .as(cli.err()).isEqualTo(ExitCodes.OK);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("ABC &lt;b&gt;vendors&lt;/b&gt; &amp; co")
                .doesNotContain("<b>vendors</b>").doesNotContain("<script")
                .contains("Why this scenario", "Settings before and after", "Checks", "Verification", "Changes",
                        "Accepted deviations", "Steps for technicians and experts", "Open items",
                        "Vendor1_A_SA@abc.com", "@media print");
        assertThat(page).as("every source is Microsoft's article with its link, never a file of ours")
                .contains("<a href=\"https://learn.microsoft.com/dynamics365/mixed-reality/remote-assist/"
                        + "vendor-use-ra\">"
                        + "Microsoft Learn, \u201cVendors and customers use full Dynamics 365 Remote Assist"
                        + " capabilities\u201d</a>")
                .doesNotContainIgnoringCase("seed");

        Path json = dir.resolve("report.json");
        assertThat(cli.run("report", "--journal", journal.toString(), "--out",
                json.toString())).isEqualTo(ExitCodes.OK);
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertThat(r.path("scenario").path("id").asText()).isEqualTo("vendorAccounts");
        assertThat(r.path("changes").size()).isGreaterThan(10);
        assertThat(r.path("changes").findValuesAsText("status")).containsOnly("done");
        assertThat(r.path("settings").path("abc.com").path("accounts").path("CREATE_USER done").asInt()).isEqualTo(4);
        assertThat(r.path("openItems").toString()).contains("Not verified", "30 minutes");

        var csv = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<java.util.Map<String, String>> rows = csv.readerForMapOf(String.class).with(
                com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .<java.util.Map<String, String>>readValues(handout.toFile()).readAll();
        assertThat(rows).hasSize(4);
        for (var row : rows) {
            String password = row.get("oneTimePassword");
            assertThat(password).hasSizeGreaterThan(8);
            assertThat(page).doesNotContain(password);
            assertThat(Files.readString(json)).doesNotContain(password);
        }
    }

    @Test
    void withoutAPlanBesideTheJournalOrWithAWrongExtensionNothingIsWritten() throws Exception {
        Path journal = dir.resolve("run.jsonl");
        Path plan = Examples.copy("federation-abc-contoso.json", dir);
        assertThat(cli.run("apply", "--plan", plan.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(), "--yes", "--confirm-narrowing")).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", dir.resolve("r.pdf").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--out", ".html or .json");
        Files.delete(PlanFiles.besideJournal(journal));
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", dir.resolve("r.html").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--plan");
        assertThat(dir.resolve("r.html")).doesNotExist();
        assertThat(cli.run("report", "--journal", journal.toString(), "--plan", example("federation-abc-contoso.json")
                .toString(), "--out", dir.resolve("r.html").toString())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(dir.resolve("r.html"))).as("settings in words, no local path").contains(
                "Multi-tenant federation",
                "<td>open to every organisation</td><td>only contoso1.com and contoso2.com</td>")
                .doesNotContain("AllowedDomains", dir.toString())
                .contains("<h2>Who reaches whom</h2>", "<td>Users of ABC</td><td>Users of Contoso1</td>");
    }

    @Test
    void anAnonymousJoinReportGivesTheMeetingAndItsLinkAndDoesNotAskToScheduleIt() throws Exception {
        Path plan = Examples.copy("anonymous-join-oem-expert.json", dir);
        Path journal = dir.resolve("meeting.jsonl");
        assertThat(cli.run("apply", "--plan", plan.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(), "--yes")).as(cli.err()).isEqualTo(ExitCodes.OK);
        Path html = dir.resolve("meeting.html");
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", html.toString())).isEqualTo(
                ExitCodes.OK);

        String page = Files.readString(html);
        assertThat(page).contains("<h2>The meeting</h2>", "<td>Organizer</td><td>Technician1@abc.com</td>",
                "<td>State</td><td>made</td>", "made by this run, with the expert invited; nothing to schedule")
                .containsPattern("<td>Join link</td><td><a href=\"https://[^\"]+\">")
                .doesNotContain("The technician schedules a Teams meeting");
    }

    @Test
    void anUnnamedPlansReportIsCalledByItsScenarioAndHost() throws Exception {
        Path plan = dir.resolve("unnamed.json");
        PlanFiles.save(plan, PlanFiles.load(Examples.shipped("vendor-accounts-abc.json")).plan()
                .withName(com.tenantbridge.domain.plan.DeploymentPlan.UNTITLED));
        Path journal = dir.resolve("unnamed.jsonl");
        assertThat(cli.run("apply", "--plan", plan.toString(), "--tenant", cli.tenant, "--journal",
                journal.toString(), "--credentials", dir.resolve("h.csv").toString(), "--yes")).as(cli.err())
                .isEqualTo(ExitCodes.OK);
        Path html = dir.resolve("unnamed.html");
        assertThat(cli.run("report", "--journal", journal.toString(), "--out", html.toString())).isEqualTo(
                ExitCodes.OK);
        assertThat(Files.readString(html)).contains("<h1>Vendor service accounts for ABC</h1>")
                .doesNotContain("Untitled plan");
    }
}
