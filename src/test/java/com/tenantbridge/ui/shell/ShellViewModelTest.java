package com.tenantbridge.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.SyncTasks;
import com.tenantbridge.ui.TestPrefs;
import com.tenantbridge.ui.TestServices;
import com.tenantbridge.ui.WizardSteps;
import com.tenantbridge.ui.common.DialogService.UnsavedChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private WizardSteps steps;
    private ShellViewModel vm;
    private RecentPlans recent;

    @BeforeEach
    void setUp() {
        steps = WizardSteps.create(TestServices.create(dialogs, dir.resolve("journals")));
        recent = TestPrefs.recentPlans();
        vm = new ShellViewModel(steps.all(), dialogs, new SyncTasks(), recent);
    }

    private DeploymentPlan example(Scenario scenario) {
        return ExamplePlans.load(ExamplePlans.forScenario(scenario)).plan();
    }

    @Test
    void startsOnTheScenarioStepWithAnUntitledCleanPlan() {
        assertThat(vm.navigation().index()).isZero();
        assertThat(vm.document().titleProperty().get()).isEqualTo("TenantBridge \u2014 Untitled plan");
        assertThat(vm.navigation().canNextProperty().get()).isFalse();
    }

    @Test
    void choosingAScenarioMarksThePlanUnsavedAndEnablesNext() {
        steps.scenario().scenarioProperty().set(Scenario.GUEST_ACCESS);
        assertThat(vm.document().plan().scenario()).isEqualTo(Scenario.GUEST_ACCESS);
        assertThat(vm.document().titleProperty().get()).endsWith(" *");
        assertThat(vm.navigation().canNextProperty().get()).isTrue();
    }

    @Test
    void detailsBlockNextUntilTheScenarioHasItsSection() {
        steps.scenario().scenarioProperty().set(Scenario.ANONYMOUS_JOIN);
        vm.next();
        vm.next();
        assertThat(vm.current()).isSameAs(steps.details());
        assertThat(vm.navigation().canNextProperty().get()).isFalse();
        assertThat(steps.details().problems()).extracting(p -> p.toString())
                .contains("anonymousJoin: required", "hostTenant: required");
        steps.details().startFromExample();
        assertThat(vm.navigation().canNextProperty().get()).isTrue();
        assertThat(vm.document().plan().anonymousJoin()).isEqualTo(example(Scenario.ANONYMOUS_JOIN).anonymousJoin());
    }

    @Test
    void saveAsThenOpenGivesTheSamePlanBack() throws Exception {
        vm.openExample(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS));
        steps.scenario().answerProperty(com.tenantbridge.domain.recommend.Question.GROUP_CALLS_OR_FILES)
                .set(com.tenantbridge.domain.recommend.Answer.YES);
        DeploymentPlan edited = vm.document().plan();
        Path file = dir.resolve("vendors.json");
        dialogs.saveAnswers.add(file);
        vm.save();
        assertThat(dialogs.suggestedNames).containsExactly(
                "abc-service-accounts-for-vendor1-vendor2-and-a-contractor.json");
        assertThat(vm.document().isDirty()).isFalse();
        assertThat(vm.document().file()).isEqualTo(file);
        assertThat(PlanJson.read(Files.readString(file)).plan()).isEqualTo(edited);

        vm.newPlan();
        assertThat(vm.document().plan().withPlanId(null)).isEqualTo(DeploymentPlan.empty());
        assertThat(vm.document().plan().planId()).as("a new plan, a new id").isNotEqualTo(edited.planId());
        dialogs.openAnswers.add(file);
        vm.open();
        assertThat(vm.document().plan()).isEqualTo(edited);
        assertThat(vm.document().isDirty()).isFalse();
        assertThat(recent.items()).first().isEqualTo(file.toAbsolutePath().normalize());
    }

    @Test
    void cancellingTheUnsavedPromptKeepsTheEdits() {
        steps.scenario().scenarioProperty().set(Scenario.FEDERATION);
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        vm.newPlan();
        assertThat(dialogs.unsavedPrompts).isEqualTo(1);
        assertThat(vm.document().plan().scenario()).isEqualTo(Scenario.FEDERATION);
    }

    @Test
    void discardingTheUnsavedPromptStartsOver() {
        steps.scenario().scenarioProperty().set(Scenario.FEDERATION);
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        vm.newPlan();
        assertThat(vm.document().plan().withPlanId(null)).isEqualTo(DeploymentPlan.empty());
        assertThat(steps.scenario().scenarioProperty().get()).isNull();
    }

    @Test
    void choosingSaveInThePromptSavesBeforeExiting() {
        boolean[] exited = {false};
        vm.setOnExit(() -> exited[0] = true);
        steps.scenario().scenarioProperty().set(Scenario.FEDERATION);
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.saveAnswers.add(dir.resolve("fed.json"));
        vm.requestExit();
        assertThat(exited[0]).isTrue();
        assertThat(Files.exists(dir.resolve("fed.json"))).isTrue();
    }

    @Test
    void exitIsCancelledWhenTheSaveDialogIsCancelled() {
        boolean[] exited = {false};
        vm.setOnExit(() -> exited[0] = true);
        steps.scenario().scenarioProperty().set(Scenario.FEDERATION);
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        vm.requestExit();
        assertThat(exited[0]).isFalse();
        assertThat(vm.document().isDirty()).isTrue();
    }

    @Test
    void anUnreadablePlanIsRefusedWithEveryProblemAndNothingChanges() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad,
                "{\"schemaVersion\":1,\"name\":\"x\",\"colour\":\"red\",\"hostTenant\":{\"domian\":\"a\"}}");
        steps.scenario().scenarioProperty().set(Scenario.FEDERATION);
        DeploymentPlan before = vm.document().plan();
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        dialogs.openAnswers.add(bad);
        vm.open();
        assertThat(vm.document().plan()).isEqualTo(before);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.details()).startsWith(
                "error: colour: unknown field; known fields: acceptedDeviations, anonymousJoin, answers, confirmedNarrowing, federation, guestAccess,"
                        + " hostTenant, name, planId, scenario, schemaVersion, technicianApp, vendors",
                "error: hostTenant.domian: unknown field; did you mean \u201cdomain\u201d?"));
    }

    @Test
    void aPlanWithOnlyValidationProblemsOpensForFixing() throws Exception {
        Path file = dir.resolve("fixme.json");
        Files.writeString(file, PlanJson.write(example(Scenario.FEDERATION).withName("")));
        dialogs.openAnswers.add(file);
        vm.open();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.document().plan().scenario()).isEqualTo(Scenario.FEDERATION);
        assertThat(vm.statusProperty().get()).contains("1 problem to fix in Details");
    }

    @Test
    void aMissingRecentPlanIsDroppedFromTheList() {
        Path gone = dir.resolve("gone.json");
        recent.add(gone);
        vm.openFile(gone);
        assertThat(recent.items()).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void openingAPlanReturnsToTheFirstStep() {
        steps.scenario().scenarioProperty().set(Scenario.FEDERATION);
        vm.next();
        assertThat(vm.navigation().index()).isEqualTo(1);
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        vm.openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS));
        assertThat(vm.navigation().index()).isZero();
        assertThat(steps.scenario().scenarioProperty().get()).isEqualTo(Scenario.GUEST_ACCESS);
    }

    @Test
    void suggestsAFileNameFromThePlanName() {
        assertThat(ShellViewModel.fileNameFor("ABC federates with Contoso1 & Contoso2!"))
                .isEqualTo("abc-federates-with-contoso1-contoso2.json");
        assertThat(ShellViewModel.fileNameFor("???")).isEqualTo("plan.json");
    }

    @Test
    void anOpenedPlanWhoseMeetingHasPassedGetsTheNextWorkingDayProposed() {
        vm.setClock(java.time.Clock.fixed(java.time.Instant.parse("2027-02-05T16:00:00Z"), java.time.ZoneOffset.UTC));
        vm.openExample(com.tenantbridge.service.plan.ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        assertThat(vm.document().plan().anonymousJoin().meeting().start().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2027, 2, 8));
        assertThat(vm.document().isDirty()).as("a proposal the admin sees and saves").isTrue();
        assertThat(vm.statusProperty().get()).contains("had passed", "2027-02-08", "check it in Details");
    }
}
