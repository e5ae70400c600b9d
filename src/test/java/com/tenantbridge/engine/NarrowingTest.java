package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.NarrowingConfirmations;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.plan.NarrowingConfirmation;
import com.tenantbridge.domain.plan.PartnerTenant;
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

    @Test
    void aNarrowingChangeRunsOnlyOnceTheAdminConfirmedItInItsPresentWords() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            var before = f.connections.ports("abc.com").orElseThrow().teamsSettings().federation();
            long writes = f.server.traffic().writes();

            ApplyResult refused = f.applyAsIs(plan, f.plan(plan), dir.resolve("refused.jsonl"), () -> false);

            assertThat(refused.outcomes()).isNotEmpty().allMatch(o -> o.status() == ChangeOutcome.Status.SKIPPED);
            assertThat(refused.outcomes().get(0).message()).contains("not started: abc.com's users will no longer"
                    + " reach any organisation except", "--confirm-narrowing");
            assertThat(f.server.traffic().writes()).as("nothing written").isEqualTo(writes);
            assertThat(f.connections.ports("abc.com").orElseThrow().teamsSettings().federation()).isEqualTo(before);

            List<Change> narrowing = NarrowingConfirmations.unconfirmed(plan, f.plan(plan));
            assertThat(narrowing).extracting(Change::tenant).contains("abc.com", "contoso1.com");
            DeploymentPlan stale = plan.withConfirmedNarrowing(narrowing.stream().map(c -> new NarrowingConfirmation(
                    c.id(), c.narrows().replace("contoso2.com", "fabrikam.com"))).toList());
            assertThat(f.applyAsIs(stale, f.plan(stale), dir.resolve("stale.jsonl"), () -> false).outcomes())
                    .as("a confirmation of other words confirms nothing").allMatch(o -> o.status()
                            == ChangeOutcome.Status.SKIPPED);

            DeploymentPlan agreed = NarrowingConfirmations.confirm(plan, narrowing);
            ApplyResult ran = f.applyAsIs(agreed, f.plan(agreed), dir.resolve("ran.jsonl"), () -> false);

            assertThat(ran.succeeded()).as(ran.outcomes().toString()).isTrue();
            assertThat(f.connections.ports("abc.com").orElseThrow().teamsSettings().federation()
                    .allowsAllKnownDomains()).isFalse();
        }
    }

    @Test
    void keepingFederationOpenCutsNobodyOffAndNeedsNoConfirmation() throws Exception {
        DeploymentPlan example = EngineFixture.example(Scenario.FEDERATION);
        DeploymentPlan open = example.withFederation(new FederationPlan(FederationMode.OPEN, List.of(),
                example.federation().partners().stream().map(p -> new PartnerTenant(p.tenant(), FederationMode.OPEN,
                        p.crossTenantAccess())).toList()));
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            assertThat(f.plan(open).changes()).noneMatch(c -> c.narrows() != null);

            ApplyResult ran = f.applyAsIs(open, f.plan(open), dir.resolve("open.jsonl"), () -> false);

            assertThat(ran.succeeded()).as(ran.outcomes().toString()).isTrue();
            assertThat(f.connections.ports("abc.com").orElseThrow().teamsSettings().federation()
                    .allowsAllKnownDomains()).isTrue();
        }
    }
}
