package com.tenantbridge.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.ui.DemoWizard;
import com.tenantbridge.ui.DemoWizards;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report shows each guest's invitation state, and a pending one can be sent again from there. */
class ResendFromReportTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoWizards wizards = new DemoWizards();

    @Test
    void aPendingGuestsInvitationIsSentAgainFromTheReport() {
        DemoWizard w = wizards.open(dir, Scenario.GUEST_ACCESS);
        w.nextTo(w.steps.run());
        w.dialogs.confirmAnswers.add(true);
        w.steps.run().apply();
        assertThat(w.steps.run().statusProperty().get()).startsWith("Applied.");
        w.nextTo(w.steps.report());

        CheckResult pending = w.steps.report().verification().stream().filter(c -> c.id().equals("GUEST"))
                .findFirst().orElseThrow();
        assertThat(pending.evidence()).contains("has not accepted yet");
        String email = pending.title().replaceFirst("^Invitation of ", "");

        w.steps.report().resendInvitation(email);

        assertThat(w.steps.report().outcomeProperty().get()).startsWith("Sent " + email + "'s invitation again from");
    }
}
