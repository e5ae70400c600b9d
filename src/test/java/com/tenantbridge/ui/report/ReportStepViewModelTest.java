package com.tenantbridge.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.DemoWizard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Report step on the in-process demo tenant. */
class ReportStepViewModelTest {

    @TempDir
    Path dir;

    private DemoWizard w;

    @BeforeEach
    void setUp() {
        w = new DemoWizard(dir);
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    @Test
    void theRolloutReportExportsAsHtmlAndJsonWithTheChecksTheChangesAndTheSteps() throws Exception {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        w.nextTo(w.steps.run());
        w.steps.run().apply();
        w.nextTo(w.steps.report());
        Path html = dir.resolve("rollout.html");
        w.dialogs.saveFileAnswers.add(html);
        w.steps.report().export();
        assertThat(w.steps.report().outcomeProperty().get()).isEqualTo("Report saved to " + html + ".");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>")
                .contains("Anonymous meeting join", "Why this scenario", "TENANT-01", "Verification", "done",
                        "Steps for technicians and experts")
                .doesNotContain("The prerequisite checks were not run");
        Path json = dir.resolve("rollout.json");
        w.dialogs.saveFileAnswers.add(json);
        w.steps.report().export();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(tree.path("changes").size()).isPositive();
        assertThat(tree.path("checks").findValuesAsText("id")).contains("TENANT-01");
        assertThat(tree.path("journal").asText()).endsWith(".jsonl");
    }

    @Test
    void aRunOfAnotherPlanIsNeverShownOrRolledBackWhileThisPlanIsOpen() {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        w.nextTo(w.steps.run());
        w.steps.run().apply();
        w.nextTo(w.steps.report());
        assertThat(w.steps.report().runs().runs()).singleElement().satisfies(r -> assertThat(r.describe())
                .contains("abc.com"));
        assertThat(w.steps.report().done()).isNotEmpty();

        w.shell.openExample(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS));
        w.steps.report().onEnter(w.shell.document().plan());
        assertThat(w.steps.report().runs().runs()).as("the anonymous-join run is not this plan's").isEmpty();
        assertThat(w.steps.report().done()).isEmpty();
        w.steps.report().rollback();
        assertThat(w.dialogs.confirmations).isEmpty();
        assertThat(w.steps.report().outcomeProperty().get()).isEqualTo("Nothing to roll back: this plan has no run.");

        w.shell.openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        w.steps.report().onEnter(w.shell.document().plan());
        assertThat(w.steps.report().runs().runs()).as("back on the plan that ran").hasSize(1);
        w.dialogs.confirmAnswers.add(true);
        w.steps.report().rollback();
        assertThat(w.dialogs.confirmMessages).singleElement().asString().contains("Anonymous", "abc.com",
                "Teams meeting");
        assertThat(w.steps.report().undone()).isNotEmpty().allMatch(o -> o.undone());
    }

    @Test
    void declinedRollbackChangesNothing() {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        w.nextTo(w.steps.run());
        w.steps.run().apply();
        w.nextTo(w.steps.report());
        w.dialogs.confirmAnswers.add(false);
        w.steps.report().rollback();
        assertThat(w.steps.report().outcomeProperty().get()).startsWith("Verified");
    }

    @Test
    void withoutARunTheReportSaysNothingWasAppliedAndStillExports() throws Exception {
        w.open(Scenario.GUEST_ACCESS);
        w.nextTo(w.steps.plan());
        w.shell.goTo(6);
        assertThat(w.shell.current()).as("Report needs a run first").isSameAs(w.steps.plan());
        w.steps.report().onEnter(w.shell.document().plan());
        assertThat(w.steps.report().done()).isEmpty();
        assertThat(w.steps.report().outcomeProperty().get()).startsWith("Not everything matches");
        Path file = dir.resolve("r.md");
        w.dialogs.saveFileAnswers.add(file);
        w.steps.report().export();
        assertThat(Files.readString(file)).contains("Nothing was applied in this session.", "- FAIL \u2014 ");
        w.dialogs.confirmAnswers.add(true);
        w.steps.report().rollback();
        assertThat(w.steps.report().outcomeProperty().get()).isEqualTo("Nothing to roll back: this plan has no run.");
    }

    @Test
    void rollingBackGuestAccessAsksForThePermissionToDeleteTheGuestsItInvited() {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS));
        w.nextTo(w.steps.run());
        w.steps.run().apply();
        w.nextTo(w.steps.report());
        w.dialogs.confirmAnswers.add(true);
        w.steps.report().rollback();
        assertThat(w.steps.session().signIn().lastAskedProperty().get()).satisfies(a -> assertThat(a.graphScopes())
                .contains("User.ReadWrite.All",
                "TeamMember.ReadWriteNonOwnerRole.All", "Policy.ReadWrite.CrossTenantAccess"));
        assertThat(w.steps.report().undone()).isNotEmpty().allSatisfy(o -> assertThat(o.undone()).isTrue());
    }

    @Test
    void aCancelledRollbackStopsAfterTheUndoInHandAndRollingBackAgainUndoesTheRest() throws Exception {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS));
        w.nextTo(w.steps.run());
        w.steps.run().apply();
        int applied = w.steps.run().log().size();
        w.nextTo(w.steps.report());
        java.util.List<Double> seen = new java.util.ArrayList<>();
        javafx.beans.value.ChangeListener<Number> cancelAtFirst = (obs, old, now) -> {
            seen.add(now.doubleValue());
            if (now.doubleValue() > 0) {
                w.steps.report().cancelRollback();
            }
        };
        w.steps.report().rollbackProgressProperty().addListener(cancelAtFirst);
        w.dialogs.confirmAnswers.add(true);
        w.steps.report().rollback();
        assertThat(seen).first().isEqualTo(1.0 / applied);
        assertThat(w.steps.report().undone()).hasSize(1);
        assertThat(w.steps.report().outcomeProperty().get()).startsWith("Rollback cancelled: 1 of " + applied
                + " changes undone; roll back again to undo the rest.");
        assertThat(w.steps.report().rollingBackProperty().get()).isFalse();

        w.steps.report().rollbackProgressProperty().removeListener(cancelAtFirst);
        w.dialogs.confirmAnswers.add(true);
        w.steps.report().rollback();
        assertThat(w.steps.report().undone()).hasSize(applied - 1).allSatisfy(o -> assertThat(o.undone()).isTrue());
        assertThat(w.steps.report().outcomeProperty().get()).startsWith("Rolled back " + (applied - 1) + " changes.");
    }
}
