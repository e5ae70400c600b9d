package com.tenantbridge.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.service.engine.SignInService;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.Theme;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole wizard in a TestFX window, as the app runs it: background work on worker threads, results through
 * {@code Platform.runLater}, an in-process demo tenant, dialogs answered by the test. Made in a test's
 * {@code @Start}, closed after it.
 */
public final class FxWizard implements AutoCloseable {

    public final FakeDialogs dialogs = new FakeDialogs();
    public final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    public final Wizard wizard;

    private FxWizard(Stage stage, Path dir, BackgroundTasks tasks, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = Wizard.create(new WizardServices(tasks, dialogs, demo, SignInService.none(),
                TestServices.CLOCK, dir.resolve("journals"), TestServices.POWERSHELL), TestPrefs.recentPlans());
        stage.setScene(new Scene(wizard.root(), width, height));
        stage.show();
    }

    /** At 1280×720, the smallest window the wizard is built for. */
    public static FxWizard show(Stage stage, Path dir) {
        return show(stage, dir, new FxBackgroundTasks());
    }

    public static FxWizard show(Stage stage, Path dir, BackgroundTasks tasks) {
        return new FxWizard(stage, dir, tasks, 1280, 720);
    }

    public static FxWizard show(Stage stage, Path dir, BackgroundTasks tasks, double width, double height) {
        return new FxWizard(stage, dir, tasks, width, height);
    }

    /** Switches to the dark theme as the View menu does. */
    public void dark(FxRobot robot) {
        robot.interact(() -> wizard.viewModel().themeProperty().set(Theme.DARK));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
    }

    public void light(FxRobot robot) {
        robot.interact(() -> wizard.viewModel().themeProperty().set(Theme.LIGHT));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Override
    public void close() {
        demo.close();
    }

    /** Waits up to 30 s for {@code condition}, failing with {@code what} if it never holds. */
    public static void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting: " + what, e);
        }
    }

    /** The text of the showing label with {@code id} (a step's title, status, outcome…). */
    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).match(Node::isVisible).queryAs(Label.class).getText();
    }

    /** Details has shown what the last edit derives: its "Updating…" mark is gone. */
    public static boolean settled(FxRobot robot) {
        // Looked up on the FX thread: a lookup from here raced the FX thread building Details' rows (an
        // IndexOutOfBoundsException inside Parent.lookupAll at 3,000 accounts).
        try {
            return WaitForAsyncUtils.asyncFx(() -> !robot.lookup("#updating").query().isVisible()).get(30,
                    TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
