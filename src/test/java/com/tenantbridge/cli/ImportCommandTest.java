package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.service.plan.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** import: the template file, accounts the cli.tenant has already, and files that add nothing. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    private static String example(String file) {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", file).toString();
    }

    @Test
    void theTemplateAddsItsFourAccountsToTheExamplePlan() {
        Path written = dir.resolve("with-vendors.json");
        assertThat(cli.run("import", "--plan", example("vendor-accounts-abc.json"), "--csv",
                example("vendor-accounts-template.csv"), "--tenant", cli.tenant, "--out", written.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("4 accounts added").doesNotContain("warning");
        PlanLoadResult plan = PlanFiles.load(written);
        assertThat(plan.isValid()).isTrue();
        assertThat(plan.plan().vendors().accounts()).hasSize(8)
                .anyMatch(a -> a.displayName().equals("Smith, Jo (contractor)") && a.usageLocation().equals("US"));
    }

    @Test
    void anAccountTheTenantHasAlreadyIsNamedByRowButStillImported() throws Exception {
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, "displayName,userPrincipalName,contactEmail,company,usageLocation,segment\n"
                + "New,Vendor1_Z_SA@abc.com,z@vendor1.com,Vendor1,US,V1_RemoteAssistUser\n"
                + "Tech,technician2@ABC.com,t@vendor1.com,Vendor1,US,V1_RemoteAssistUser\n");
        assertThat(cli.run("import", "--plan", example("vendor-accounts-abc.json"), "--csv", csv.toString(), "--tenant",
                cli.tenant, "--json")).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.path("usable").asBoolean()).isTrue();
        assertThat(json.path("problems")).hasSize(1);
        assertThat(json.path("problems").get(0).path("path").asText()).isEqualTo("row 3, column userPrincipalName");
        assertThat(json.path("problems").get(0).path("message").asText()).contains("abc.com has this account already");
        assertThat(cli.run("import", "--plan", example("vendor-accounts-abc.json"), "--csv", csv.toString(),
                "--offline"))
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).doesNotContain("already");
    }

    @Test
    void aBadFileWritesNothingAndNamesTheCells() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "displayName,userPrincipalName,contactEmail,company,usageLocation,segment\n"
                + "X,bad upn@abc.com,not-an-email,Vendor1,USA,V1_RemoteAssistUser\n");
        Path written = dir.resolve("out.json");
        assertThat(cli.run("import", "--plan", example("vendor-accounts-abc.json"), "--csv", csv.toString(), "--tenant",
                cli.tenant, "--out", written.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).contains("row 2, column userPrincipalName", "row 2, column contactEmail",
                "row 2, column usageLocation", "nothing imported");
        assertThat(written).doesNotExist();
    }

    @Test
    void onlyAVendorAccountsPlanTakesAccounts() {
        assertThat(cli.run("import", "--plan", example("federation-abc-contoso.json"), "--csv",
                example("vendor-accounts-template.csv"), "--offline")).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
