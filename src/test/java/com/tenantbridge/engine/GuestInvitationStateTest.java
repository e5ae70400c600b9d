package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.Verifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify (and the report it feeds) says where each invited guest stands: accepted, or not accepted yet. */
class GuestInvitationStateTest {

    @TempDir
    Path dir;

    @Test
    void eachGuestsInvitationIsShownWithItsState() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.GUEST_ACCESS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            assertThat(f.apply(plan, dir.resolve("run.jsonl"), () -> false).succeeded()).isTrue();

            Verifier.Result verified = new Verifier().verify(plan, f.connections);

            assertThat(verified.passed()).as("a pending invitation is the plan carried out, not a failure").isTrue();
            int guests = plan.guestAccess().targets().stream().mapToInt(t -> t.guests().size()).sum();
            assertThat(verified.items()).filteredOn(i -> i.id().equals("GUEST")).hasSize(guests)
                    .extracting(CheckResult::evidence)
                    .allMatch(e -> e.contains("was invited and has not accepted yet"));
        }
    }
}
