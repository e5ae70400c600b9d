package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.Change;
import com.tenantbridge.service.engine.ChangeKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change that cuts a tenant off from others says so, and whom, before anything runs: turning open Teams
 * federation into an allow list cuts off every organisation not on it; opening a closed list cuts off nobody.
 */
class NarrowingTest {

    @TempDir
    Path dir;

    @Test
    void anAllowListReplacingOpenFederationNamesWhatItCutsOff() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            List<Change> federation = f.plan(plan).changes().stream()
                    .filter(c -> c.kind() == ChangeKind.TEAMS_FEDERATION).toList();
            Change abc = federation.stream().filter(c -> c.tenant().equals("abc.com")).findFirst().orElseThrow();
            assertThat(abc.narrows()).as("abc.com is open in the seed")
                    .startsWith("abc.com's users will no longer reach any organisation except ")
                    .contains("contoso1.com", "contoso2.com");
            assertThat(abc.summary()).contains("(narrowing: abc.com's users will no longer reach");
            Change contoso2 = federation.stream().filter(c -> c.tenant().equals("contoso2.com")).findFirst()
                    .orElseThrow();
            assertThat(contoso2.narrows()).as("contoso2.com allows no one yet: adding abc.com cuts nobody off")
                    .isNull();
        }
    }
}
