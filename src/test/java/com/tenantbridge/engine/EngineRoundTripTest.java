package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** For each example plan: plan → apply → plan shows nothing → rollback → plan shows the original changes. */
class EngineRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void appliesConvergesAndRollsBack(Scenario scenario) throws Exception {
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            DeploymentPlan plan = EngineFixture.example(scenario);
            PlanResult first = f.plan(plan);
            assertThat(first.notes()).isEmpty();
            assertThat(first.changes()).isNotEmpty();
            assertThat(first.offline()).isEmpty();

            ApplyResult applied = f.apply(plan, dir.resolve("journal.jsonl"), () -> false);
            assertThat(applied.outcomes()).allSatisfy(o -> assertThat(o.status())
                    .as(o.change().id() + ": " + o.message()).isEqualTo(ChangeOutcome.Status.DONE));

            PlanResult after = f.plan(plan);
            assertThat(after.changes()).as("converged").isEmpty();

            try (Journal out = Journal.open(dir.resolve("rollback.jsonl"))) {
                List<Rollback.Outcome> undone = new Rollback().rollback(Journal.verify(dir.resolve("journal.jsonl")),
                        f.connections, out);
                assertThat(undone).allSatisfy(u -> assertThat(u.undone()).as(u.entry().changeId() + ": " + u.message())
                        .isTrue());
            }
            PlanResult again = f.plan(plan);
            assertThat(again.changes()).extracting(Change::id)
                    .containsExactlyElementsOf(first.changes().stream().map(Change::id).toList());
        }
    }

    @org.junit.jupiter.api.Test
    void aDomainWrittenInCapitalsIsTheSameTenantAndTheRunConverges() throws Exception {
        DeploymentPlan example = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        DeploymentPlan plan = com.tenantbridge.domain.plan.PlanJson.read(com.tenantbridge.domain.plan.PlanJson
                .write(example).replace("\"domain\" : \"abc.com\"", "\"domain\" : \"ABC.COM\"")
                .replace("@abc.com", "@ABC.com")).plan();
        assertThat(plan.hostTenant().domain()).isEqualTo("abc.com");
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            ApplyResult applied = f.apply(plan, dir.resolve("caps.jsonl"), () -> false);
            assertThat(applied.succeeded()).isTrue();
            assertThat(f.plan(plan).changes()).as("converged: segment filters name the groups' real addresses")
                    .isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aSettingChangedSinceTheRunIsLeftAsItIsAndSaidSo() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            assertThat(f.apply(plan, dir.resolve("fed.jsonl"), () -> false).succeeded()).isTrue();
            var teams = f.connections.ports("abc.com").orElseThrow().teamsSettings();
            var changed = new com.tenantbridge.service.port.FederationConfig(true, List.of("contoso1.com",
                    "contoso2.com", "fabrikam.com"), List.of());
            teams.setFederation(changed);
            try (Journal out = Journal.open(dir.resolve("fed.jsonl"), "rollback")) {
                List<Rollback.Outcome> undone = new Rollback().rollback(Journal.verify(dir.resolve("fed.jsonl")),
                        f.connections, out);
                assertThat(undone).filteredOn(o -> o.entry().tenant().equals("abc.com")
                        && o.entry().kind().equals("TEAMS_FEDERATION")).singleElement().satisfies(o -> {
                            assertThat(o.result()).isEqualTo(Rollback.Result.LEFT);
                            assertThat(o.message()).contains("changed since").endsWith("left as is");
                        });
                assertThat(undone).filteredOn(o -> !o.entry().tenant().equals("abc.com"))
                        .allMatch(Rollback.Outcome::undone);
            }
            assertThat(teams.federation()).as("the admin's later change is kept").isEqualTo(changed);
        }
    }
}
