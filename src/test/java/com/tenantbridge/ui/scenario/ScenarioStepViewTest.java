package com.tenantbridge.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.ui.Wizard;
import com.tenantbridge.ui.common.Views;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ScenarioStepViewTest {

    private final ScenarioStepViewModel vm = new ScenarioStepViewModel(new Recommender());

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Parent root = Views.load(new ScenarioStepView(vm), "ScenarioStep.fxml");
        root.getStylesheets().add(Wizard.class.getResource(Wizard.STYLESHEET).toExternalForm());
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    private String firstCard(FxRobot robot) {
        VBox cards = robot.lookup("#cards").queryAs(VBox.class);
        Node first = cards.getChildren().get(0);
        return first.getId();
    }

    @Test
    void answersReorderTheCardsAndExplainWhy(FxRobot robot) {
        assertThat(firstCard(robot)).isEqualTo("card-federation");
        robot.clickOn("#vendors_lack_licences-yes");
        assertThat(vm.answerProperty(Question.VENDORS_LACK_LICENCES).get()).isEqualTo(Answer.YES);
        assertThat(firstCard(robot)).isEqualTo("card-vendorAccounts");
        assertThat(robot.lookup("#card-vendorAccounts .quote").queryAll())
                .anySatisfy(n -> assertThat(((javafx.scene.control.Label) n).getText()).contains("carries Teams"));
        robot.clickOn("#vendors_lack_licences-unsure");
        assertThat(firstCard(robot)).isEqualTo("card-federation");
    }

    @Test
    void useRecommendedChoosesTheTopCard(FxRobot robot) {
        robot.clickOn("#collaborators_have_own_tenant-yes");
        robot.clickOn("#per_team_control-yes");
        robot.clickOn("#useRecommended");
        assertThat(vm.scenarioProperty().get()).isEqualTo(Scenario.GUEST_ACCESS);
        assertThat(robot.lookup("#choose-guestAccess").queryAs(RadioButton.class).isSelected()).isTrue();
    }

    @Test
    void theComparisonListsEveryCapabilityForEveryScenario(FxRobot robot) {
        robot.clickOn("Compare");
        assertThat(robot.lookup("Technicians on Teams mobile, with spatial annotations").tryQuery()).isPresent();
        assertThat(robot.lookup("Technicians on Remote Assist mobile").tryQuery()).as("retired").isEmpty();
        assertThat(robot.lookup(".compare-cell").queryAll()).hasSize(4 * 11);
    }
}
