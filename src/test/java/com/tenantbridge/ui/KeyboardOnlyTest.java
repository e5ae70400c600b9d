package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.ui.common.Workers;
import com.tenantbridge.ui.connect.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each scenario from the first step to the verified report without a mouse: Tab to a control, Space to press it,
 * Alt+Right for Next. Every control the Tab key reaches on the way must look different while it has the focus (a
 * focus ring), in the theme the walk runs in: a picture of the control focused is compared with one unfocused.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final Set<String> noRing = new LinkedHashSet<>();
    private final List<String> reached = new ArrayList<>();
    private Wizard wizard;
    /** Where the focus is when the window opens: put there, not reached by Tab, so it need not show a ring. */
    private Node opening;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = Wizard.create(new WizardServices(new FxBackgroundTasks(), new Workers(worker, Platform::runLater),
                dialogs, demo, new TestServices.NoSignIn(), TestServices.CLOCK, dir.resolve("journals")),
                TestPrefs.recentPlans());
        stage.setScene(new Scene(wizard.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        worker.shutdownNow();
        demo.close();
    }

    /** Two scenarios in each theme: the controls they share are checked in both. */
    static Stream<Arguments> walks() {
        return Stream.of(Arguments.of(Scenario.FEDERATION, false), Arguments.of(Scenario.GUEST_ACCESS, true),
                Arguments.of(Scenario.VENDOR_ACCOUNTS, false), Arguments.of(Scenario.ANONYMOUS_JOIN, true));
    }

    @ParameterizedTest(name = "{0}, dark theme {1}")
    @MethodSource("walks")
    void theWholeScenarioByKeyboardWithAFocusRingOnEveryStop(Scenario scenario, boolean dark, FxRobot robot)
            throws Exception {
        if (dark) {
            robot.interact(() -> wizard.viewModel().themeProperty().set(Theme.DARK));
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        }
        dialogs.credentialAnswers.add(dir.resolve("credentials.csv"));
        dialogs.confirmAnswers.add(true);
        opening = wizard.root().getScene().getFocusOwner();
        tabTo(robot, "choose-" + scenario.jsonName());
        robot.push(KeyCode.SPACE);
        nextByKeyboard(robot);
        await("the demo tenant runs", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        nextByKeyboard(robot);
        assertThat(text(robot, "#stepTitle")).isEqualTo("3. Details");
        tabTo(robot, "startFromExample");
        robot.push(KeyCode.SPACE);
        await("the example is checked", () -> !robot.lookup("#nextButton").queryButton().isDisabled()
                && !robot.lookup("#updating").query().isVisible());
        tabTo(robot, "planName");
        robot.push(KeyCode.END).write(" (keyboard)");
        nextByKeyboard(robot);
        await("the checks ran", () -> text(robot, "#status").contains("failed"));
        nextByKeyboard(robot);
        await("the plan is made", () -> text(robot, "#status").contains("to apply"));
        nextByKeyboard(robot);
        assertThat(text(robot, "#stepTitle")).isEqualTo("6. Run");
        tabTo(robot, "applyButton");
        robot.push(KeyCode.SPACE);
        await("the plan is applied", () -> text(robot, "#status").startsWith("Applied."));
        nextByKeyboard(robot);
        await("the report verified the tenants", () -> text(robot, "#outcome").startsWith("Verified"));
        tabTo(robot, "rollbackButton");

        assertThat(wizard.viewModel().document().plan().name()).endsWith("(keyboard)");
        assertThat(reached).as("controls reached by Tab").hasSizeGreaterThan(10);
        assertThat(noRing).as("focused, but drawn the same as unfocused").isEmpty();
    }

    /** Presses Tab until the control with {@code id} has the focus, checking each control passed on the way. */
    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 150; i++) {
            Node focused = wizard.root().getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            Image withFocus = focused == null ? null : picture(robot, focused);
            robot.push(KeyCode.TAB);
            if (focused == opening) {
                opening = null;
            } else if (focused != null && focused.isVisible()
                    && wizard.root().getScene().getFocusOwner() != focused) {
                checkRing(robot, focused, withFocus);
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void checkRing(FxRobot robot, Node node, Image withFocus) {
        String name = node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId())
                + " " + node.getStyleClass();
        reached.add(name);
        if (!differ(withFocus, picture(robot, node))) {
            noRing.add(name);
        }
    }

    private static Image picture(FxRobot robot, Node node) {
        Image[] out = new Image[1];
        robot.interact(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            out[0] = node.snapshot(params, null);
        });
        return out[0];
    }

    private static boolean differ(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        PixelReader x = a.getPixelReader();
        PixelReader y = b.getPixelReader();
        for (int i = 0; i < (int) a.getWidth(); i++) {
            for (int j = 0; j < (int) a.getHeight(); j++) {
                if (x.getArgb(i, j) != y.getArgb(i, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void nextByKeyboard(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).match(Node::isVisible).queryAs(Label.class).getText();
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
