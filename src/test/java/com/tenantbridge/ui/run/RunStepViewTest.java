package com.tenantbridge.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.FxWizard;
import com.tenantbridge.ui.Wizard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The vendor example clicked through Checks, Plan, Run and Report with the app's real threading: work on a
 * worker thread, updates through {@code Platform.runLater}, against the in-process demo tenant.
 */
@ExtendWith(ApplicationExtension.class)
class RunStepViewTest {

    @TempDir
    Path dir;

    private FxWizard fx;
    private FakeDialogs dialogs;
    private Wizard wizard;

    @Start
    void start(Stage stage) {
        fx = FxWizard.show(stage, dir);
        wizard = fx.wizard;
        dialogs = fx.dialogs;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void applyingTheVendorExampleShowsEachChangeThenVerifies(FxRobot robot) throws Exception {
        Path handout = dir.resolve("vendors-credentials.csv");
        dialogs.credentialAnswers.add(handout);
        robot.interact(() -> wizard.viewModel().openExample(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS)));

        await("demo tenant running", () -> wizard.connectStep().validProperty().get());
        // Details checks the plan off the FX thread, just after it opens.
        await("the example checked", () -> wizard.viewModel().navigation().canGoTo(3));
        robot.interact(() -> wizard.viewModel().goTo(3));
        assertThat(text(robot, "#stepTitle")).isEqualTo("4. Checks");
        await("checks finished", () -> text(robot, "#status").contains("failed"));
        robot.clickOn("#nextButton");
        await("plan computed", () -> text(robot, "#status").contains("to apply"));
        String planStatus = text(robot, "#status");
        int planned = Integer.parseInt(planStatus.substring(0, planStatus.indexOf(' ')));
        assertThat(planned).isPositive();
        assertThat(robot.lookup("#changes").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        robot.clickOn("#nextButton");

        robot.clickOn("#applyButton");
        await("applied", () -> text(robot, "#status").startsWith("Applied."));
        ListView<?> log = robot.lookup("#log").queryListView();
        assertThat(log.getItems()).hasSize(planned);
        assertThat(robot.lookup("#progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(Files.readString(handout)).contains("@abc.com");

        robot.clickOn("#nextButton");
        await("verified", () -> text(robot, "#outcome").startsWith("Verified"));
        javafx.scene.control.ComboBox<?> runs = robot.lookup("#runChoice").queryComboBox();
        await("the vendor plan's run listed", () -> runs.getItems().size() == 1 && runs.isVisible());
        assertThat(runs.getValue().toString()).contains("abc.com");

        // Another plan: its Report lists its own run only, never the vendor plan's.
        robot.interact(() -> wizard.viewModel().openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN)));
        await("demo tenant running", () -> wizard.connectStep().validProperty().get());
        // Details checks the plan off the FX thread, just after it opens.
        await("the example checked", () -> wizard.viewModel().navigation().canGoTo(3));
        robot.interact(() -> wizard.viewModel().goTo(3));
        await("checks finished", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        robot.clickOn("#nextButton");
        await("plan computed", () -> text(robot, "#status").contains("to apply"));
        robot.clickOn("#nextButton");
        robot.clickOn("#applyButton");
        await("applied", () -> text(robot, "#status").startsWith("Applied."));
        robot.clickOn("#nextButton");
        await("verified", () -> text(robot, "#outcome").startsWith("Verified"));
        await("only the anonymous-join run listed", () -> runs.getItems().size() == 1);
        assertThat(((com.tenantbridge.service.journal.RunHistory.Run) runs.getValue()).planName())
                .contains("OEM expert");
    }
}
