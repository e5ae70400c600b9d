package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** check, plan, apply, verify, rollback and runbook from the command line, against a running demo cli.tenant. */
class EngineCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    private static String example(String file) {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", file).toString();
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(cli.out());
    }

    @Test
    void theWholeCycleForTheFederationExample() throws Exception {
        String plan = Examples.copy("federation-abc-contoso.json", dir).toString();
        assertThat(cli.run("check", "--plan", plan, "--tenant", cli.tenant, "--json")).isEqualTo(ExitCodes.OK);
        assertThat(json().path("checks").findValuesAsText("id")).contains("TENANT-01", "FED-01", "FED-02");

        assertThat(cli.run("plan", "--plan", plan, "--tenant", cli.tenant, "--json")).isEqualTo(ExitCodes.OK);
        assertThat(json().path("changes")).hasSize(3);
        assertThat(json().path("changes").findValuesAsText("kind")).containsOnly("TEAMS_FEDERATION");
        assertThat(json().path("changes").findValuesAsText("narrows")).as("abc.com and contoso1.com are open now")
                .hasSize(2).allMatch(n -> n.contains("will no longer reach any organisation except"));

        assertThat(cli.run("verify", "--plan", plan, "--tenant", cli.tenant)).isEqualTo(ExitCodes.FAILED);

        Path journal = dir.resolve("run.jsonl");
        String shipped = Files.readString(Path.of(plan));
        assertThat(cli.run("apply", "--plan", plan, "--tenant", cli.tenant, "--yes", "--journal", journal.toString()))
                .as("--yes alone does not confirm cutting federation").isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).contains("These changes cut someone off:",
                "abc.com's users will no longer reach any organisation except contoso1.com, contoso2.com");
        assertThat(cli.err()).contains("Not confirmed, so nothing was changed", "--confirm-narrowing");
        assertThat(Files.readString(Path.of(plan))).isEqualTo(shipped);
        assertThat(journal).as("nothing ran").doesNotExist();

        assertThat(cli.run("apply", "--plan", plan, "--tenant", cli.tenant, "--yes", "--confirm-narrowing",
                "--journal", journal.toString(), "--json")).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(Path.of(plan))).contains("\"confirmedNarrowing\"",
                "abc.com/teams_federation/global");
        assertThat(json().path("succeeded").asBoolean()).isTrue();
        assertThat(json().path("outcomes")).hasSize(3);

        assertThat(cli.run("apply", "--plan", plan, "--tenant", cli.tenant, "--yes")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("Nothing to apply");

        assertThat(cli.run("verify", "--plan", plan, "--tenant", cli.tenant)).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("ABC and Contoso1 reach each other", "Contoso1 and Contoso2 stay apart",
                "Verified");

        assertThat(cli.run("rollback", "--journal", journal.toString(), "--plan", plan, "--tenant", cli.tenant,
                "--yes"))
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("[1/3] UNDONE", "[3/3] UNDONE", "3 undone, 0 failed",
                "The plan now needs 3 changes again.");
        assertThat(cli.run("plan", "--plan", plan, "--tenant", cli.tenant, "--json")).isEqualTo(ExitCodes.OK);
        assertThat(json().path("changes")).hasSize(3);

        assertThat(cli.run("rollback", "--journal", journal.toString(), "--plan", plan, "--tenant", cli.tenant, "--yes",
                "--json")).isEqualTo(ExitCodes.OK);
        assertThat(json().path("outcomes")).isEmpty();
        assertThat(json().path("planChanges").asInt()).isEqualTo(3);
        assertThat(cli.run("rollback", "--journal", journal.toString(), "--tenant",
                cli.tenant)).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).as("no question when there is nothing to undo").startsWith("Nothing to undo");
    }

    @Test
    void rollbackWithAnInvalidPlanIsBadInputAndUndoesNothing() throws Exception {
        String plan = Examples.copy("federation-abc-contoso.json", dir).toString();
        Path journal = dir.resolve("run.jsonl");
        assertThat(cli.run("apply", "--plan", plan, "--tenant", cli.tenant, "--yes", "--confirm-narrowing",
                "--journal", journal.toString())).isEqualTo(ExitCodes.OK);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":1,\"name\":\"x\"}");
        assertThat(cli.run("rollback", "--journal", journal.toString(), "--plan", bad.toString(), "--tenant",
                cli.tenant,
                "--yes")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("scenario: choose a scenario");
        assertThat(cli.run("plan", "--plan", plan, "--tenant", cli.tenant)).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("No changes");
    }

    @Test
    void applyRefusesToCreateAccountsWithoutAHandoutFile() throws Exception {
        assertThat(cli.run("apply", "--plan", example("vendor-accounts-abc.json"), "--tenant", cli.tenant, "--yes",
                "--journal", dir.resolve("j.jsonl").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--credentials FILE");
        assertThat(Files.exists(dir.resolve("j.jsonl"))).isFalse();
        assertThat(cli.run("plan", "--plan", example("vendor-accounts-abc.json"), "--tenant", cli.tenant, "--json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(json().path("changes").findValuesAsText("kind")).contains("CREATE_USER");
    }

    @Test
    void checkFailsWhenABaselineIsKnowinglyBroken() throws Exception {
        String open = Files.readString(Path.of(example("federation-abc-contoso.json")))
                .replaceFirst("\"mode\" : \"allowSpecific\"", "\"mode\" : \"open\"");
        Path plan = dir.resolve("open.json");
        Files.writeString(plan, open);
        assertThat(cli.run("check", "--plan", plan.toString(), "--tenant", cli.tenant)).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).contains("FAIL    FED-02", "CISA ScubaGear MS.TEAMS.2.1v2", "Use allowSpecific");

        Files.writeString(plan, open.replace("\"acceptedDeviations\" : [ \"D365-MR-EOS-2026\" ]",
                "\"acceptedDeviations\" : [ \"D365-MR-EOS-2026\", \"MS.TEAMS.2.1v2\" ]"));
        assertThat(cli.run("check", "--plan", plan.toString(), "--tenant", cli.tenant)).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("WARN    FED-02", "rule:  CISA ScubaGear MS.TEAMS.2.1v2 (accepted deviation)");
    }

    @Test
    void anInvalidPlanIsBadInputForEveryCommand() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":1,\"name\":\"x\"}");
        for (String command : List.of("check", "plan", "apply", "verify")) {
            assertThat(cli.run(command, "--plan", bad.toString(), "--tenant", cli.tenant)).as(command)
                    .isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(cli.err()).contains("scenario: choose a scenario");
        }
    }

    @Test
    void writesTheRunbookAndTheHandoverForAnUnreachablePartner() throws Exception {
        Path runbook = dir.resolve("contoso2.ps1");
        assertThat(cli.run("runbook", "--plan", example("federation-abc-contoso.json"), "--for", "contoso2.com",
                "--out",
                runbook.toString())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(runbook)).contains("Set-CsTenantFederationConfiguration", "'abc.com'");
        assertThat(cli.run("runbook", "--plan", example("federation-abc-contoso.json"), "--for", "fabrikam.com",
                "--out",
                runbook.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void rollbackWithoutAJournalIsBadInput() {
        assertThat(cli.run("rollback", "--journal", dir.resolve("none.jsonl").toString(), "--yes"))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void reachShowsWhoCanReachWhomFromThePlanAloneOrAgainstTheTenants() throws Exception {
        String plan = example("federation-abc-contoso.json");
        assertThat(cli.run("reach", "--plan", plan)).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("Users of Contoso1 \u2192 Users of Contoso2\n    all: no \u2014 external"
                + " access: contoso1.com allows only abc.com", "run with --tenant to compare");

        assertThat(cli.run("reach", "--plan", plan, "--tenant", cli.tenant)).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("Users of ABC \u2192 Users of Contoso2\n    Search: limited (was no)",
                "the plan changes");

        assertThat(cli.run("reach", "--plan", plan, "--tenant", cli.tenant, "--csv")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).startsWith("from,to,channel,before,after,changed,reason\n")
                .contains("\"Users of ABC\",\"Users of Contoso2\",Chat,no,yes,yes,");

        assertThat(cli.run("reach", "--plan", example("vendor-accounts-abc.json"), "--json")).isEqualTo(ExitCodes.OK);
        assertThat(json().path("lines").size()).isEqualTo(56 * 5);
        assertThat(json().path("segments").path("segments")).hasSize(7);

        assertThat(cli.run("reach", "--plan", plan, "--csv", "--json")).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
