package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.ApplyResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** With latency, 10 % throttling and replication lag on, every example converges on the same end state. */
class EngineFaultsTest {

    @TempDir
    Path dir;

    private static String digest(EngineFixture f, DeploymentPlan plan) throws Exception {
        List<String> parts = new ArrayList<>();
        for (String tenant : Checker.tenants(plan)) {
            parts.add("== " + tenant + "\n" + TenantDigest.of(f.server.graphBaseUrl(), tenant));
        }
        return String.join("\n", parts);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void faultsChangeNothingInTheEndState(Scenario scenario) throws Exception {
        DeploymentPlan plan = EngineFixture.example(scenario);
        String clean;
        try (EngineFixture f = new EngineFixture(dir.resolve("clean"), DemoOptions.inMemory())) {
            assertThat(f.apply(plan, dir.resolve("clean.jsonl"), () -> false).succeeded()).isTrue();
            clean = digest(f, plan);
        }
        DemoOptions faulty = DemoOptions.inMemory().withLatency(20, 20).withThrottling(0.10, 0, 0)
                .withReplicationLag(300);
        try (EngineFixture f = new EngineFixture(dir.resolve("faulty"), faulty)) {
            ApplyResult result = f.apply(plan, dir.resolve("faulty.jsonl"), () -> false);
            assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.ok()).as(o.change().id() + ": " + o.message())
                    .isTrue());
            assertThat(f.plan(plan).changes()).isEmpty();
            assertThat(digest(f, plan)).isEqualTo(clean);
        }
    }
}
