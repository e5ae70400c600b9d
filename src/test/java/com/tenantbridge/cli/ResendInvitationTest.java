package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A pending guest's invitation goes out again with the plan's message; an address not in the plan is refused. */
class ResendInvitationTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    @Test
    void theInvitationGoesOutAgainWithThePlansMessage() throws Exception {
        Path plan = Examples.copy("guest-access-abc-experts.json", dir);
        assertThat(cli.run("apply", "--plan", plan.toString(), "--tenant", cli.tenant, "--journal",
                dir.resolve("run.jsonl").toString(), "--yes")).as(cli.err()).isEqualTo(ExitCodes.OK);
        String guest = com.tenantbridge.service.plan.PlanFiles.load(plan).plan().guestAccess().targets().get(0)
                .guests().get(0).email();
        List<String> calls = new ArrayList<>();
        cli.server.onGraphCall(calls::add);

        assertThat(cli.run("resend-invitation", "--plan", plan.toString(), "--tenant", cli.tenant, "--guest", guest))
                .as(cli.err()).isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).as("a guest in both technician tenants is invited from both").contains("Sent " + guest
                + "'s invitation again from contoso1.com, contoso2.com.");
        assertThat(calls).contains("POST /invitations").noneMatch(c -> c.startsWith("DELETE") || c.startsWith("PATCH"));
        assertThat(cli.run("resend-invitation", "--plan", plan.toString(), "--tenant", cli.tenant, "--guest",
                "nobody@example.com")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("nobody@example.com is not one of the plan's guests. Nothing was sent.");
    }
}
