package com.tenantbridge.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Answers;
import com.tenantbridge.domain.recommend.Fit;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.domain.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ScenarioStepViewModelTest {

    private final ScenarioStepViewModel vm = new ScenarioStepViewModel(new Recommender());

    @Test
    void invalidUntilAScenarioIsChosen() {
        assertThat(vm.validProperty().get()).isFalse();
        vm.scenarioProperty().set(Scenario.VENDOR_ACCOUNTS);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void answeringReranksAtOnce() {
        vm.answerProperty(Question.ONE_OFF_EXPERT).set(Answer.YES);
        assertThat(vm.ranking().get(0).scenario()).isEqualTo(Scenario.ANONYMOUS_JOIN);
        vm.answerProperty(Question.ONE_OFF_EXPERT).set(Answer.NO);
        assertThat(vm.ranking().get(0).scenario()).isNotEqualTo(Scenario.ANONYMOUS_JOIN);
    }

    @Test
    void theDeviceAnswerPicksTheTechniciansAppUnlessOneThatFitsIsNamed() {
        DeploymentPlan remoteAssist = DeploymentPlan.empty().withTechnicianApp(
                com.tenantbridge.domain.plan.TechnicianApp.REMOTE_ASSIST_HOLOLENS);
        vm.answerProperty(Question.TECHNICIANS_ON_MOBILE).set(Answer.YES);
        assertThat(vm.commit(remoteAssist).technicianApp())
                .isEqualTo(com.tenantbridge.domain.plan.TechnicianApp.TEAMS_MOBILE);
        vm.answerProperty(Question.TECHNICIANS_ON_MOBILE).set(Answer.NO);
        assertThat(vm.commit(DeploymentPlan.empty()).technicianApp())
                .isEqualTo(com.tenantbridge.domain.plan.TechnicianApp.REMOTE_ASSIST_HOLOLENS);
        DeploymentPlan guides = DeploymentPlan.empty().withTechnicianApp(
                com.tenantbridge.domain.plan.TechnicianApp.GUIDES_HOLOLENS);
        assertThat(vm.commit(guides).technicianApp()).as("a HoloLens app already").isEqualTo(
                com.tenantbridge.domain.plan.TechnicianApp.GUIDES_HOLOLENS);
    }

    @Test
    void useRecommendedPicksTheTopOnlyWhenThereIsOne() {
        vm.chooseRecommended();
        assertThat(vm.scenarioProperty().get()).isNull();
        vm.answerProperty(Question.VENDORS_LACK_LICENCES).set(Answer.YES);
        vm.chooseRecommended();
        assertThat(vm.scenarioProperty().get()).isEqualTo(Scenario.VENDOR_ACCOUNTS);
    }

    @Test
    void everyEditIsReported() {
        int[] edits = {0};
        vm.setOnEdit(() -> edits[0]++);
        vm.answerProperty(Question.PER_TEAM_CONTROL).set(Answer.YES);
        vm.scenarioProperty().set(Scenario.GUEST_ACCESS);
        assertThat(edits[0]).isEqualTo(2);
    }

    @Test
    void enteringLoadsThePlanWithoutReportingEdits() {
        int[] edits = {0};
        vm.setOnEdit(() -> edits[0]++);
        DeploymentPlan plan = DeploymentPlan.empty().withScenario(Scenario.FEDERATION)
                .withAnswers(Answers.none().with(Question.COLLABORATORS_HAVE_OWN_TENANT, Answer.YES));
        vm.onEnter(plan);
        assertThat(edits[0]).isZero();
        assertThat(vm.scenarioProperty().get()).isEqualTo(Scenario.FEDERATION);
        assertThat(vm.answerProperty(Question.COLLABORATORS_HAVE_OWN_TENANT).get()).isEqualTo(Answer.YES);
        assertThat(vm.ranking().get(0).fit()).isEqualTo(Fit.RECOMMENDED);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void commitWritesAnswersAndScenario() {
        vm.answerProperty(Question.ISOLATE_VENDORS).set(Answer.YES);
        vm.scenarioProperty().set(Scenario.VENDOR_ACCOUNTS);
        DeploymentPlan plan = vm.commit(DeploymentPlan.empty());
        assertThat(plan.scenario()).isEqualTo(Scenario.VENDOR_ACCOUNTS);
        assertThat(plan.answers().get(Question.ISOLATE_VENDORS)).isEqualTo(Answer.YES);
        assertThat(plan.answers().values()).hasSize(1);
    }

    @Test
    void onATieUseRecommendedShowsBothWithTheirDifferencesAndAsks() {
        com.tenantbridge.ui.FakeDialogs dialogs = new com.tenantbridge.ui.FakeDialogs();
        ScenarioStepViewModel asking = new ScenarioStepViewModel(new Recommender(), dialogs);
        asking.answerProperty(Question.GROUP_CALLS_OR_FILES).set(Answer.YES);
        asking.answerProperty(Question.TECHNICIANS_ON_MOBILE).set(Answer.YES);
        assertThat(asking.ranking().get(0).score()).isEqualTo(asking.ranking().get(1).score());

        asking.chooseRecommended();
        assertThat(asking.scenarioProperty().get()).as("cancelled: nothing picked silently").isNull();
        assertThat(dialogs.choiceLists).singleElement().asList().containsExactly("B. Guest access",
                "C. Vendor service accounts");
        assertThat(dialogs.choiceMessages.get(0)).contains("fit 2 scenarios equally", "B. Guest access:",
                "C. Vendor service accounts:", "Limit:");

        dialogs.chooseAnswers.add(1);
        asking.chooseRecommended();
        assertThat(asking.scenarioProperty().get()).isEqualTo(Scenario.VENDOR_ACCOUNTS);
    }
}
