package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.scenario.Scenario;
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
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * Each scenario the way a new user would go: choose it on the first step, keep the demo tenant, start from the
 * documentation's example, then Checks, Plan, Apply and Report, with the app's own threading.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private Wizard wizard;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = Wizard.create(new WizardServices(new FxBackgroundTasks(), new Workers(worker, Platform::runLater),
                dialogs, demo, new TestServices.NoSignIn(), TestServices.CLOCK, dir.resolve("journals")),
                TestPrefs.recentPlans());
        stage.setScene(new Scene(wizard.root(), 1240, 780));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        worker.shutdownNow();
        demo.close();
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).match(Node::isVisible).queryAs(Label.class).getText();
    }

    private static String title(FxRobot robot) {
        return text(robot, "#stepTitle");
    }

    private static void next(FxRobot robot) {
        robot.clickOn("#nextButton");
    }

    private void goThrough(FxRobot robot, Scenario scenario) throws Exception {
        dialogs.credentialAnswers.add(dir.resolve("credentials.csv"));
        robot.clickOn("#choose-" + scenario.jsonName());
        next(robot);
        assertThat(title(robot)).isEqualTo("2. Connect");
        await("the demo tenant runs", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        next(robot);
        assertThat(title(robot)).isEqualTo("3. Details");
        robot.clickOn("#startFromExample");
        await("the example is valid", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        next(robot);
        assertThat(title(robot)).isEqualTo("4. Checks");
        await("the checks ran", () -> text(robot, "#status").contains("failed"));
        assertThat(text(robot, "#status")).endsWith(" 0 failed.");
        next(robot);
        assertThat(title(robot)).isEqualTo("5. Plan");
        await("the plan is made", () -> text(robot, "#status").contains("to apply"));
        next(robot);
        assertThat(title(robot)).isEqualTo("6. Run");
        if (scenario == Scenario.FEDERATION) {
            dialogs.confirmAnswers.add(true);
        }
        robot.clickOn("#applyButton");
        await("the plan is applied", () -> text(robot, "#status").startsWith("Applied."));
        next(robot);
        assertThat(title(robot)).isEqualTo("7. Report");
        await("the report verified the tenants", () -> text(robot, "#outcome").startsWith("Verified"));
        assertThat(robot.lookup("#cancelRollbackButton").query().isVisible()).as("only while rolling back").isFalse();
        dialogs.confirmAnswers.add(true);
        robot.clickOn("#rollbackButton");
        await("the run is rolled back", () -> text(robot, "#outcome").startsWith("Rolled back"));
        assertThat(robot.lookup("#rollbackProgress").query().isVisible()).isFalse();
    }

    @Test
    void federation(FxRobot robot) throws Exception {
        goThrough(robot, Scenario.FEDERATION);
    }

    @Test
    void guestAccess(FxRobot robot) throws Exception {
        goThrough(robot, Scenario.GUEST_ACCESS);
    }

    @Test
    void vendorAccounts(FxRobot robot) throws Exception {
        goThrough(robot, Scenario.VENDOR_ACCOUNTS);
        assertThat(java.nio.file.Files.readAllLines(dir.resolve("credentials.csv"))).hasSize(5);
    }

    @Test
    void anonymousJoin(FxRobot robot) throws Exception {
        goThrough(robot, Scenario.ANONYMOUS_JOIN);
    }
}
