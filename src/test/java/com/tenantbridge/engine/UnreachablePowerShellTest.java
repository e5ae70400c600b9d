package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.powershell.PowerShellTeamsSettingsService;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.Backoff;
import com.tenantbridge.service.engine.ChangeKind;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a tenant without PowerShell 7, Teams-only settings go into the runbook; the rest still runs. */
class UnreachablePowerShellTest {

    @TempDir
    Path dir;

    @Test
    void teamsSettingsBecomeRunbookWorkAndTheRestIsApplied() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            TenantConnections noPwshOnHost = new TenantConnections() {
                @Override
                public Optional<TenantPorts> ports(String domain) {
                    return f.connections.ports(domain).map(p -> !domain.equals("abc.com") ? p : new TenantPorts(
                            p.domain(), p.directory(), p.licensing(), p.crossTenantAccess(), p.teams(), p.meetings(),
                            new PowerShellTeamsSettingsService(Optional.empty(), () -> "", () -> ""), p.barriers(), p.bulk()));
                }

                @Override
                public String describe() {
                    return "demo without PowerShell on abc.com";
                }
            };
            DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
            PlanResult planned = new Planner().plan(plan, noPwshOnHost);
            assertThat(planned.offline()).containsOnlyKeys("abc.com");
            assertThat(planned.offline().get("abc.com")).extracting(c -> c.kind()).containsExactly(ChangeKind.TEAMS_FEDERATION);
            assertThat(planned.notes()).anyMatch(n -> n.contains("PowerShell 7"));
            assertThat(planned.changes()).hasSize(2);
            ApplyResult result;
            try (Journal j = Journal.open(dir.resolve("j.jsonl"))) {
                result = new Applier().apply(EngineFixture.confirmed(plan, planned), planned, noPwshOnHost, new Applier.Options(j, null, () -> false,
                        new Backoff(10, 100, () -> false), ApplyListener.NONE));
            }
            assertThat(result.succeeded()).isTrue();
            assertThat(result.count(ChangeOutcome.Status.DONE)).isEqualTo(2);
            assertThat(result.count(ChangeOutcome.Status.RUNBOOK)).isEqualTo(1);
        }
    }
}
