package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
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

/**
 * Each scenario from the first step to the verified report without a mouse: Tab to a control, Space to press it,
 * Alt+Right for Next. Every control the Tab key reaches on the way must look different while it has the focus (a
 * focus ring), in the theme the walk runs in: a picture of the control focused is compared with one unfocused.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    @TempDir
    Path dir;

    private FxWizard fx;
    private FakeDialogs dialogs;
    private final Set<String> noRing = new LinkedHashSet<>();
    private final List<String> reached = new ArrayList<>();
    private final CssWarnings css = new CssWarnings();
    private Wizard wizard;
    /** Where the focus is when the window opens: put there, not reached by Tab, so it need not show a ring. */
    private Node opening;

    @Start
    void start(Stage stage) {
        fx = FxWizard.show(stage, dir);
        wizard = fx.wizard;
        dialogs = fx.dialogs;
    }

    @AfterEach
    void tearDown() {
        css.close();
        fx.close();
    }

    /**
     * Two scenarios in each theme, each in the theme WizardWalkTest does not walk it in: the controls they share are
     * checked in both, and every step of every scenario is seen in both themes without a CSS warning.
     */
    static Stream<Arguments> walks() {
        return ThemeWalks.eachScenarioOnce(true);
    }

    @ParameterizedTest(name = "{0}, dark theme {1}")
    @MethodSource("walks")
    void theWholeScenarioByKeyboardWithAFocusRingOnEveryStop(Scenario scenario, boolean dark, FxRobot robot)
            throws Exception {
        if (dark) {
            fx.dark(robot);
        }
        dialogs.credentialAnswers.add(dir.resolve("credentials.csv"));
        dialogs.confirmAnswers.add(true);
        opening = wizard.root().getScene().getFocusOwner();
        tabTo(robot, "choose-" + scenario.jsonName());
        robot.push(KeyCode.SPACE);
        nextByKeyboard(robot);
        FxWizard.await("the demo tenant runs", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        nextByKeyboard(robot);
        assertThat(FxWizard.text(robot, "#stepTitle")).isEqualTo("3. Details");
        tabTo(robot, "startFromExample");
        robot.push(KeyCode.SPACE);
        FxWizard.await("the example is checked", () -> !robot.lookup("#nextButton").queryButton().isDisabled()
                && FxWizard.settled(robot));
        tabTo(robot, "planName");
        robot.push(KeyCode.END).write(" (keyboard)");
        nextByKeyboard(robot);
        FxWizard.await("the checks ran", () -> FxWizard.text(robot, "#status").contains("failed"));
        nextByKeyboard(robot);
        FxWizard.await("the plan is made", () -> FxWizard.text(robot, "#status").contains("to apply"));
        nextByKeyboard(robot);
        assertThat(FxWizard.text(robot, "#stepTitle")).isEqualTo("6. Run");
        tabTo(robot, "applyButton");
        robot.push(KeyCode.SPACE);
        FxWizard.await("the plan is applied", () -> FxWizard.text(robot, "#status").startsWith("Applied."));
        nextByKeyboard(robot);
        FxWizard.await("the report verified the tenants", () -> FxWizard.text(robot,
                "#outcome").startsWith("Verified"));
        tabTo(robot, "rollbackButton");

        assertThat(wizard.viewModel().document().plan().name()).endsWith("(keyboard)");
        assertThat(reached).as("controls reached by Tab").hasSizeGreaterThan(10);
        assertThat(noRing).as("focused, but drawn the same as unfocused").isEmpty();
        assertThat(css.distinct()).as("CSS warnings").isEmpty();
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


}
