package com.tenantbridge.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorCsvTest {

    @TempDir
    Path dir;

    private final DeploymentPlan plan = ExamplePlans.load(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS)).plan();

    private static String problems(VendorCsv.Result r) {
        return String.join("\n", r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void readsAnExcelExportWithAByteOrderMarkSemicolonsAndLooseHeaders() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.write(file,
                ("\uFEFFDisplay Name;User Principal Name;Contact Email;Company;Usage Location;Segment;Device\r\n"
                + "Vendor3 A;Vendor3_A_SA@abc.com;a@vendor3.com;Vendor3;gb;V3_RemoteAssistUser;HoloLens\r\n"
                + "\r\n"
                + "Vendor3 B;Vendor3_B_SA@abc.com;b@vendor3.com;Vendor3;GB;V3_RemoteAssistUser;\r\n")
                .getBytes(StandardCharsets.UTF_8));
        VendorCsv.Result r = VendorCsv.read(file, plan);
        assertThat(r.ok()).as(problems(r)).isTrue();
        assertThat(r.accounts()).hasSize(2);
        assertThat(r.accounts().get(0).usageLocation()).isEqualTo("GB");
        assertThat(r.accounts().get(0).device()).isEqualTo(Device.HOLOLENS);
        assertThat(r.accounts().get(1).device()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "displayName,userPrincipalName,contactEmail,company,usageLocation,colour|row 1, column \u201ccolour\u201d: unknown column",
            "displayName,contactEmail,company,usageLocation,segment,device|row 1: the column userPrincipalName is missing",
            "displayName,userPrincipalName,contactEmail,company|row 2: more cells than the header has columns",
            "''|file: the file is empty"})
    void aBadHeaderIsNamedAndNothingIsRead(String header, String expected) {
        VendorCsv.Result r = VendorCsv.parse(header + "\nA,A_SA@abc.com,a@x.com,X,US,red\n", plan);
        assertThat(r.ok()).isFalse();
        assertThat(r.accounts()).isEmpty();
        assertThat(problems(r)).contains(expected);
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNothingIsRead() {
        String head = "displayName,userPrincipalName,contactEmail,company,usageLocation,segment,device\n";
        VendorCsv.Result r = VendorCsv.parse(head
                + "Ok,Ok_SA@abc.com,ok@vendor9.com,Vendor9,US,V1_RemoteAssistUser,mobile\n"
                + "Twice,Ok_SA@abc.com,twice@vendor9.com,Vendor9,US,V1_RemoteAssistUser,mobile\n"
                + ",Wrong@contoso.com,x@,Vendor9,XX,V1_RemoteAssistUser,tablet\n", plan);
        assertThat(r.ok()).isFalse();
        assertThat(r.accounts()).isEmpty();
        assertThat(problems(r)).contains("row 3, column userPrincipalName: Ok_SA@abc.com is already used by row 2",
                "row 4, column device", "row 4, column displayName", "row 4, column userPrincipalName",
                "row 4, column contactEmail", "row 4, column usageLocation");
        assertThat(problems(r)).doesNotContain("row 2,");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        VendorCsv.Result r = VendorCsv.parse("displayName,userPrincipalName,contactEmail,company,usageLocation\n",
                plan);
        assertThat(problems(r)).contains("no accounts");
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefusedBeforeParsing() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "displayName\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(VendorCsv.read(latin1, plan))).contains("not UTF-8");
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[(int) VendorCsv.MAX_BYTES + 1]);
        assertThat(problems(VendorCsv.read(big, plan))).contains("at most 5120 KB");
        assertThat(problems(VendorCsv.read(dir.resolve("none.csv"), plan))).contains("no such file");
    }
}
