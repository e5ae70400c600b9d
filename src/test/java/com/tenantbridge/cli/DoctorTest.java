package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.demo.DemoTenantServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The doctor looks and never touches: whatever it reads, no write reaches the demo tenant. It compares the admin's
 * directory roles with what each part of the work needs and names what is missing.
 */
class DoctorTest {

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    private final List<String> calls = new ArrayList<>();

    @Test
    void aPlansTenantsAreExaminedAndNothingIsWritten() throws Exception {
        cli.server.onGraphCall(calls::add);
        DemoTenantServer.Traffic before = cli.server.traffic();

        int code = cli.run("doctor", "--tenant", cli.tenant, "--plan", Examples.shipped("vendor-accounts-abc.json")
                .toString(), "--json");

        assertThat(code).as(cli.err()).isEqualTo(ExitCodes.OK);
        JsonNode found = new ObjectMapper().readTree(cli.out()).path("doctor");
        assertThat(found.findValuesAsText("id")).contains("DOC-01", "DOC-02", "DOC-02-vendorAccounts", "DOC-03",
                "IB-01", "DOC-06");
        assertThat(found.findValuesAsText("evidence")).anyMatch(e -> e.contains("Global Administrator"))
                .anyMatch(e -> e.contains("MICROSOFT_REMOTE_ASSIST: "));
        assertThat(calls).as("it read").isNotEmpty().allMatch(c -> c.startsWith("GET "));
        assertThat(cli.server.traffic().writes()).as("no write reached the tenant").isEqualTo(before.writes());
    }

    @Test
    void itSaysWhatTheTenantsHaveNowOfWhatThePlanTouches() throws Exception {
        java.nio.file.Path plan = Examples.shipped("guest-access-abc-experts.json");

        assertThat(cli.run("doctor", "--tenant", cli.tenant, "--plan", plan.toString()))
                .as("contoso1.com's admin may not invite guests").isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).containsPattern("FAIL +DOC-02-guestAccess +contoso1.com")
                .contains("Missing: Guest Inviter or User Administrator");

        assertThat(cli.out()).containsPattern("PASS +NOW-01 +abc.com +Teams external access now\\s+found: Open to"
                + " every organisation.")
                .containsPattern("NOW-01 +contoso2.com +Teams external access now\\s+found: An allow list with no"
                        + " organisation on it")
                .contains("Entra partner settings for contoso1.com now", "None of the 2 is a guest yet.")
                .doesNotContain("NOW-02-contoso2.com contoso1.com");
    }

    @Test
    void aMissingRoleIsNamedWithWhatItKeepsFromYou() {
        int code = cli.run("doctor", "--tenant", cli.tenant, "--for", "contoso1.com");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.out()).contains("Teams Administrator")
                .containsPattern("PASS +DOC-02-anonymousJoin +contoso1.com")
                .containsPattern("FAIL +DOC-02-federation +contoso1.com")
                .contains("Missing: Security Administrator (cross-tenant access).")
                .containsPattern("FAIL +DOC-02-vendorAccounts +contoso1.com")
                .contains("Missing: User Administrator, License Administrator, Compliance Administrator.")
                .contains("Nothing was changed.");
    }

    @Test
    void withoutATenantToLookAtItSaysWhatToGive() {
        assertThat(cli.run("doctor", "--tenant", cli.tenant)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--for DOMAIN");
    }
}
