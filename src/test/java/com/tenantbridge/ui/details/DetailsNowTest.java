package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.ui.DemoWizard;
import com.tenantbridge.ui.DemoWizards;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Details shows what the connected tenants have now of what the plan touches, read when it opens, writing nothing. */
class DetailsNowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoWizards wizards = new DemoWizards();

    @Test
    void theTenantsCurrentSettingsAreShownBesideThePlan() {
        DemoWizard w = wizards.open(dir, Scenario.GUEST_ACCESS);
        long writes = w.demo.traffic().writes();

        w.nextTo(w.steps.details());

        assertThat(w.steps.details().now()).extracting(CheckResult::id).contains("NOW-01", "NOW-02-contoso1.com",
                "NOW-03");
        assertThat(w.steps.details().now()).filteredOn(r -> r.id().equals("NOW-01") && r.tenant().equals("abc.com"))
                .singleElement().extracting(CheckResult::evidence).isEqualTo("Open to every organisation.");
        assertThat(w.demo.traffic().writes()).isEqualTo(writes);
    }
}
