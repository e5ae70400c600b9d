package com.tenantbridge.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.ui.DemoWizard;
import com.tenantbridge.ui.DemoWizards;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connect's doctor panel: a read-only look at the plan's tenant, shown as checks, that writes nothing. */
class TenantDoctorViewModelTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoWizards wizards = new DemoWizards();

    @Test
    void checkingTheTenantShowsWhatIsThereAndChangesNothing() {
        DemoWizard w = wizards.open(dir, Scenario.VENDOR_ACCOUNTS);
        w.nextTo(w.steps.connect());
        long writes = w.demo.traffic().writes();

        w.steps.connect().doctor().examine();

        assertThat(w.steps.connect().doctor().results()).extracting(CheckResult::id)
                .contains("DOC-01", "DOC-02", "DOC-02-vendorAccounts", "DOC-03", "IB-01", "DOC-06");
        assertThat(w.steps.connect().doctor().results()).filteredOn(r -> r.id().equals("DOC-02-vendorAccounts"))
                .singleElement().extracting(CheckResult::status).isEqualTo(CheckStatus.PASS);
        assertThat(w.steps.connect().doctor().statusProperty().get()).isEqualTo("Nothing is missing for this plan."
                + " Nothing was changed.");
        assertThat(w.demo.traffic().writes()).isEqualTo(writes);
        assertThat(w.steps.connect().doctor().organizerNeededProperty().get()).as("the demo's organizers are at hand")
                .isFalse();
    }
}
