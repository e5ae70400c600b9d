package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.TestPrefs;
import com.tenantbridge.ui.TestServices;
import com.tenantbridge.ui.Wizard;
import com.tenantbridge.ui.WizardServices;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.ui.common.Workers;
import com.tenantbridge.ui.connect.EmbeddedDemoTenant;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
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
 * Details checks the plan after the edits pause, off the FX thread; Next pressed before that check has caught up
 * waits for it, so a plan broken by the last keystroke never reaches Checks.
 */
@ExtendWith(ApplicationExtension.class)
class NextWaitsForTheLastEditTest {

    @TempDir
    Path dir;

    private final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private Wizard wizard;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = Wizard.create(new WizardServices(new FxBackgroundTasks(), new Workers(worker, Platform::runLater),
                new FakeDialogs(), demo, new TestServices.NoSignIn(), TestServices.CLOCK, dir.resolve("journals")),
                TestPrefs.recentPlans());
        stage.setScene(new Scene(wizard.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        worker.shutdownNow();
        demo.close();
    }

    @Test
    void aDomainClearedJustBeforeNextKeepsTheAdminInDetails(FxRobot robot) throws Exception {
        TextField domain = openDetails(robot);
        robot.interact(() -> {
            domain.setText("");
            wizard.viewModel().next();
        });
        await("the check caught up", () -> !robot.lookup("#updating").query().isVisible());
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
        await("Checks opens", () -> wizard.viewModel().navigation().index() == 3);
    }

    private TextField openDetails(FxRobot robot) throws Exception {
        robot.interact(() -> wizard.viewModel().openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS)));
        await("the demo tenant runs", () -> wizard.viewModel().navigation().canGoTo(2));
        robot.interact(() -> wizard.viewModel().goTo(2));
        TextField domain = robot.lookup("#hostDomain").queryAs(TextField.class);
        await("Details is checked", () -> domain.isVisible() && !robot.lookup("#updating").query().isVisible()
                && !robot.lookup("#nextButton").queryButton().isDisabled());
        return domain;
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting: " + what, e);
        }
    }
}
