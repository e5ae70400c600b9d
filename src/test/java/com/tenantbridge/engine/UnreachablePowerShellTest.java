package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.powershell.ModuleHost;
import com.tenantbridge.powershell.PowerShellModule;
import com.tenantbridge.powershell.PowerShellTeamsSettingsService;
import com.tenantbridge.powershell.StandIn;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When PowerShell cannot do its part on a tenant (no pwsh, the module missing, the sign-in refused), the Teams-only
 * settings are unknown in checks and go into the runbook with one clear reason; everything else still runs.
 */
@DisabledOnOs(OS.WINDOWS)
class UnreachablePowerShellTest {

    @TempDir
    Path dir;

    private ModuleHost host(String why) throws Exception {
        if (why.equals("no pwsh")) {
            return new ModuleHost(Optional.empty(), PowerShellModule.TEAMS, "abc.com", StandIn.ownSignIn(false),
                    m -> { });
        }
        ObjectNode state = StandIn.healthy();
        if (why.equals("no module")) {
            state.with("modules").remove("MicrosoftTeams");
        } else {
            state.put("connectFails", "AADSTS50076: you must use multi-factor authentication");
        }
        return new StandIn(dir.resolve("pwsh"), state).host(PowerShellModule.TEAMS, StandIn.ownSignIn(false),
                m -> { });
    }

    @ParameterizedTest
    @ValueSource(strings = {"no pwsh", "no module", "sign-in refused"})
    void teamsSettingsBecomeRunbookWorkAndTheRestIsApplied(String why) throws Exception {
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory()); ModuleHost pwsh = host(why)) {
            TenantConnections noTeamsOnHost = new TenantConnections() {
                @Override
                public Optional<TenantPorts> ports(String domain) {
                    return f.connections.ports(domain).map(p -> !domain.equals("abc.com") ? p : new TenantPorts(
                            p.domain(), p.directory(), p.licensing(), p.crossTenantAccess(), p.teams(), p.meetings(),
                            new PowerShellTeamsSettingsService(pwsh), p.barriers(), p.bulk()));
                }

                @Override
                public String describe() {
                    return "demo, Teams PowerShell on abc.com: " + why;
                }
            };
            DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
            List<CheckResult> checks = new Checker(java.time.Clock.systemUTC()).check(plan, noTeamsOnHost);
            assertThat(checks).as("what only PowerShell reads is unknown, not failed")
                    .filteredOn(c -> c.tenant().equals("abc.com") && c.id().equals("FED-01")).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.UNKNOWN));
            PlanResult planned = new Planner().plan(plan, noTeamsOnHost);
            assertThat(planned.offline()).containsOnlyKeys("abc.com");
            assertThat(planned.offline().get("abc.com")).extracting(c -> c.kind())
                    .containsExactly(ChangeKind.TEAMS_FEDERATION);
            assertThat(planned.notes()).anyMatch(n -> n.contains(why.equals("no pwsh") ? "PowerShell 7 (pwsh) is not"
                    + " installed" : why.equals("no module") ? "Install-Module MicrosoftTeams" : "AADSTS50076"));
            assertThat(planned.changes()).hasSize(2);
            ApplyResult result;
            try (Journal j = Journal.open(dir.resolve("j.jsonl"))) {
                result = new Applier().apply(EngineFixture.confirmed(plan, planned), planned, noTeamsOnHost,
                        new Applier.Options(j, null, () -> false, new Backoff(10, 100, () -> false),
                                ApplyListener.NONE));
            }
            assertThat(result.succeeded()).isTrue();
            assertThat(result.count(ChangeOutcome.Status.DONE)).isEqualTo(2);
            assertThat(result.count(ChangeOutcome.Status.RUNBOOK)).isEqualTo(1);
        }
    }
}
