package com.tenantbridge.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.plan.ExamplePlans;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app never claims more than holds: an accepted deviation only where the plan records it, the same in the
 * checks and in every export (JSON, HTML, Markdown); open items name every unmet baseline and the follow-ups.
 */
class HonestStateTest {

    private static final ZonedDateTime AT = ZonedDateTime.parse("2026-11-23T12:00:00Z");
    private final Checker checker = new Checker(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private static DeploymentPlan anonymous() {
        return ExamplePlans.load(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN)).plan();
    }

    private CheckResult anon03(DeploymentPlan plan) {
        return checker.check(plan, TenantConnections.none()).stream().filter(c -> c.id().equals("ANON-03"))
                .findFirst().orElseThrow();
    }

    private static RolloutReport.Input input(DeploymentPlan plan, List<CheckResult> checks) {
        return new RolloutReport.Input(plan, "demo", AT, null, List.of(), checks, null, Map.of());
    }

    @Test
    void aDeviationNobodyAcceptedIsShownNowhereAsAccepted() {
        DeploymentPlan plan = anonymous().withAcceptedDeviations(List.of());
        CheckResult anon = anon03(plan);
        assertThat(anon.acceptedDeviation()).isFalse();
        var in = input(plan, List.of(anon));
        assertThat(RolloutReport.tree(in).get("acceptedDeviations")).asList().isEmpty();
        assertThat(RolloutHtml.render(in)).contains("<h2>Accepted deviations</h2><p>None");
        assertThat(RunReport.markdown(new RunReport.Input(plan, "demo", AT, null, null, null, null)))
                .doesNotContain("Accepted deviations");
        assertThat(RolloutReport.openItems(in, List.of())).anyMatch(o -> o.startsWith("Baseline Maester MT.1046"
                + " not met: ") && o.contains("Remove the policy assignment"));
    }

    @Test
    void aDeviationThePlanAcceptsIsShownAsAcceptedEverywhere() {
        DeploymentPlan plan = anonymous().withAcceptedDeviations(List.of("MT.1046"));
        CheckResult anon = anon03(plan);
        assertThat(anon.acceptedDeviation()).isTrue();
        var in = input(plan, List.of(anon));
        assertThat(RolloutReport.tree(in).get("acceptedDeviations")).asList().hasSize(1).first().asString()
                .contains("Maester MT.1046");
        assertThat(RolloutHtml.render(in)).contains("Maester MT.1046").doesNotContain("<p>None: the plan records");
        assertThat(RunReport.markdown(new RunReport.Input(plan, "demo", AT, null, null, null, null)))
                .contains("## Accepted deviations\n\n- Maester MT.1046\n");
        assertThat(RolloutReport.openItems(in, List.of())).as("accepted is still open: someone comes back to it")
                .anyMatch(o -> o.startsWith("Baseline Maester MT.1046 not met (accepted in the plan)"));
    }

    @Test
    void openItemsNeverSayNothingWhileABaselineIsUnmetOrChecksWereNotRun() {
        DeploymentPlan plan = anonymous();
        assertThat(RolloutReport.openItems(input(plan, null), List.of())).anyMatch(o -> o.startsWith(
                "Prerequisite checks not run"));
        List<String> open = RolloutReport.openItems(input(plan, List.of(anon03(plan))), List.of(
                new RolloutReport.ChangeRow("c1", "abc.com", "MEETING_POLICY", "Meeting policy RA-Anon", "done", null,
                        Map.of(), Map.of())));
        assertThat(open).anyMatch(o -> o.contains("remove the meeting policy assignment"));
    }

    @Test
    void whatPeopleCanDoComesFromTheProofOnly() {
        assertThat(PeopleCanDo.lines(null)).singleElement().asString().startsWith("Not verified");
        CheckResult held = CheckResult.pass("INTENT", "abc.com", "Vendor1's accounts reach a support engineer of"
                + " their own", "Vendor1's accounts (2) reach Expert1@abc.com by chat and call.");
        CheckResult broken = CheckResult.fail("INTENT", "abc.com", "Vendor2's accounts reach a support engineer of"
                + " their own", "V2_SupportEngineer has no members.", "Add them.");
        CheckResult other = CheckResult.pass("VERIFY", "abc.com", "abc.com matches the plan", "Nothing left.");
        assertThat(PeopleCanDo.lines(List.of(other, held, broken))).containsExactly(
                "Yes: Vendor1's accounts reach a support engineer of their own \u2014 Vendor1's accounts (2) reach"
                        + " Expert1@abc.com by chat and call.",
                "Not yet: Vendor2's accounts reach a support engineer of their own \u2014 V2_SupportEngineer has no"
                        + " members. Add them.");
        var plan = ExamplePlans.load(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS)).plan();
        String md = RunReport.markdown(new RunReport.Input(plan, "demo", AT, null, List.of(other, held, broken),
                null, null));
        assertThat(md).contains("## What people can now do\n\n- Yes: Vendor1's accounts").contains("- Not yet: Vendor2")
                .doesNotContain("find each other by name");
    }
}
