package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.port.BarrierSegment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MemberOf segment names its group by the mail Microsoft 365 gave the group, read back after the group is made,
 * not guessed from the plan's domain: a plan that names the tenant by its onmicrosoft.com domain still gets
 * segments that match the groups' real addresses (from the tenant's default domain), and nothing left to plan.
 */
class SegmentMailTest {

    @TempDir
    Path dir;

    @Test
    void theSegmentFilterUsesTheMailTheGroupWasGiven() throws Exception {
        DeploymentPlan example = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        TenantRef host = example.hostTenant();
        DeploymentPlan plan = example.withHostTenant(new TenantRef(host.name(), "abccorp.onmicrosoft.com",
                List.of("abc.com"), host.tenantId()));
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            ApplyResult applied = f.apply(plan, dir.resolve("run.jsonl"), () -> false);
            assertThat(applied.succeeded()).as("%s", applied.outcomes()).isTrue();
            List<BarrierSegment> segments = f.connections.ports("abc.com").orElseThrow().barriers().segments();
            assertThat(segments).filteredOn(s -> s.name().equals("V1_RemoteAssistUser"))
                    .extracting(BarrierSegment::userGroupFilter)
                    .containsExactly("MemberOf -eq 'V1_RemoteAssistUser@abc.com'");
            assertThat(f.plan(plan).changes()).as("converged").isEmpty();
        }
    }
}
