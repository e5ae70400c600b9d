package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FxWizard;
import com.tenantbridge.ui.Wizard;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Details checks the plan after the edits pause, off the FX thread; Next pressed before that check has caught up
 * waits for it, so a plan broken by the last keystroke never reaches Checks.
 */
@ExtendWith(ApplicationExtension.class)
class NextWaitsForTheLastEditTest {

    @TempDir
    Path dir;

    private FxWizard fx;
    private Wizard wizard;

    @Start
    void start(Stage stage) {
        fx = FxWizard.show(stage, dir);
        wizard = fx.wizard;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aDomainClearedJustBeforeNextKeepsTheAdminInDetails(FxRobot robot) throws Exception {
        TextField domain = openDetails(robot);
        robot.interact(() -> {
            domain.setText("");
            wizard.viewModel().next();
        });
        FxWizard.await("the check caught up", () -> FxWizard.settled(robot));
        assertThat(wizard.viewModel().navigation().index()).as("still Details").isEqualTo(2);
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aGoodEditJustBeforeNextMovesOnOnceChecked(FxRobot robot) throws Exception {
        openDetails(robot);
        TextField name = robot.lookup("#planName").queryAs(TextField.class);
        robot.interact(() -> {
            name.appendText(", second try");
            wizard.viewModel().next();
        });
        FxWizard.await("Checks opens", () -> wizard.viewModel().navigation().index() == 3);
    }

    private TextField openDetails(FxRobot robot) throws Exception {
        robot.interact(() -> wizard.viewModel().openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS)));
        FxWizard.await("the demo tenant runs", () -> wizard.viewModel().navigation().canGoTo(2));
        robot.interact(() -> wizard.viewModel().goTo(2));
        TextField domain = robot.lookup("#hostDomain").queryAs(TextField.class);
        FxWizard.await("Details is checked", () -> domain.isVisible() && FxWizard.settled(robot)
                && !robot.lookup("#nextButton").queryButton().isDisabled());
        return domain;
    }

}
