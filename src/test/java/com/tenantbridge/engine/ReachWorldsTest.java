package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Matrix;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.Verdict;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.reach.ReachWorlds;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world before a plan, taken from the planner's diff against the demo tenant, and after applying it. */
class ReachWorldsTest {

    @TempDir
    Path dir;

    private EngineFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new EngineFixture(dir, DemoOptions.inMemory());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private ReachWorlds.BeforeAfter worlds(DeploymentPlan plan) {
        return ReachWorlds.of(plan, fx.plan(plan), fx.connections);
    }

    @Test
    void beforeTheVendorPlanTheAccountsDoNotExistAndNoBarrierHolds() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        var both = worlds(plan);
        assertThat(both.before().parties()).filteredOn(p -> p.kind() == Party.Kind.SERVICE_ACCOUNT)
                .hasSize(4).noneMatch(Party::present);
        assertThat(both.before().barriers().active()).isFalse();
        Matrix before = Matrix.of(both.before());
        assertThat(before.row("person:expert1@abc.com", "person:expert2@abc.com").orElseThrow().overall())
                .isEqualTo(Verdict.YES);
        assertThat(Matrix.of(both.after()).row("person:expert1@abc.com", "person:expert2@abc.com").orElseThrow()
                .overall()).isEqualTo(Verdict.NO);

        fx.apply(plan, dir.resolve("j.jsonl"), () -> false);
        var applied = worlds(plan);
        assertThat(Matrix.of(applied.after()).compare(Matrix.of(applied.before()))).as("nothing left to change")
                .isEmpty();
    }

    @Test
    void thousandsOfAccountsAreShownOnePartyPerSegmentSoTheMatrixStaysSmall() {
        DeploymentPlan plan = com.tenantbridge.service.plan.OnboardingPlans.generate(2000, 10);
        var both = worlds(plan);
        var groups = both.after().parties().stream().filter(p -> p.kind() == Party.Kind.SERVICE_ACCOUNT).toList();
        assertThat(groups).hasSize(10).allMatch(p -> p.id().startsWith("accounts:segment:"))
                .allMatch(p -> p.label().startsWith("200 service accounts in "));
        assertThat(both.before().parties()).filteredOn(p -> p.kind() == Party.Kind.SERVICE_ACCOUNT)
                .as("the plan creates every account of each segment").noneMatch(Party::present);
        Matrix after = Matrix.of(both.after());
        int n = both.after().parties().size();
        assertThat(after.rows()).hasSizeLessThanOrEqualTo(n * (n - 1));
        String v1 = groups.get(0).id();
        String v2 = groups.get(1).id();
        assertThat(after.row(v1, v2).orElseThrow().overall()).as("vendors are kept apart").isEqualTo(Verdict.NO);
    }

    @Test
    void theGuestScenarioReadsExternalAccessItDoesNotChange() {
        var both = worlds(EngineFixture.example(Scenario.GUEST_ACCESS));
        assertThat(both.after().externalAccess()).containsKeys("abc.com", "contoso1.com", "contoso2.com");
        Matrix after = Matrix.of(both.after());
        assertThat(after.row("person:expert1@abc.com", "team:contoso1.com:Remote Assist Experts").orElseThrow()
                .overall()).isNotEqualTo(Verdict.UNKNOWN);
        assertThat(both.before().parties()).filteredOn(p -> p.kind() == Party.Kind.GUEST).noneMatch(Party::present);
    }

    @Test
    void beforeTheFederationPlanContoso2AdmitsNobody() {
        var both = worlds(EngineFixture.example(Scenario.FEDERATION));
        Matrix before = Matrix.of(both.before());
        assertThat(before.row("abc.com/others", "contoso2.com/others").orElseThrow().overall()).isEqualTo(Verdict.NO);
        assertThat(Matrix.of(both.after()).row("abc.com/others", "contoso2.com/others").orElseThrow().overall())
                .isEqualTo(Verdict.LIMITED);
    }
}
