package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import com.tenantbridge.domain.scenario.Scenario;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19's "a window that fits" and "clean styling": the wizard at 1280×720 (a laptop's screen less the panel),
 * every step of each example plan from choosing the scenario to the verified report, every tab of every step, the
 * menus and pop-ups: no label, button, tab, column header or cell shows less than its text, and JavaFX's CSS engine
 * logs no warning (each is a control drawn without its theme's look), in the light theme and the dark one. Each
 * walk is also the scenario as a new user goes: checks pass, the plan applies, the report verifies, rollback undoes.
 */
@ExtendWith(ApplicationExtension.class)
class WizardWalkTest {

    @TempDir
    Path dir;

    private FxWizard fx;
    private FakeDialogs dialogs;
    private final Set<String> cut = new LinkedHashSet<>();
    private final CssWarnings css = new CssWarnings();
    private Wizard wizard;

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
     * Each scenario once: two in each theme (the vendor form and the date picker in the dark one). KeyboardOnlyTest
     * walks each scenario in the other theme, also without a CSS warning.
     */
    static Stream<Arguments> walks() {
        return ThemeWalks.eachScenarioOnce(false);
    }

    @ParameterizedTest(name = "{0}, dark theme {1}")
    @MethodSource("walks")
    void everyStepReadsWholeAt1280x720WithoutACssWarning(Scenario scenario, boolean dark, FxRobot robot)
            throws Exception {
        if (dark) {
            fx.dark(robot);
        }
        dialogs.credentialAnswers.add(dir.resolve("credentials.csv"));
        dialogs.confirmAnswers.add(true);
        look(robot, "Scenario");
        robot.clickOn("#choose-" + scenario.jsonName());
        look(robot, "Scenario, chosen");
        next(robot);
        FxWizard.await("the demo tenant runs", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        look(robot, "Connect");
        next(robot);
        assertThat(FxWizard.text(robot, "#stepTitle")).isEqualTo("3. Details");
        FxWizard.await("the empty form is checked", () -> FxWizard.settled(robot));
        look(robot, "Details, empty");
        robot.clickOn("#startFromExample");
        FxWizard.await("the example is checked", () -> !robot.lookup("#nextButton").queryButton().isDisabled()
                && FxWizard.settled(robot));
        look(robot, "Details");
        popUps(robot, scenario);
        next(robot);
        FxWizard.await("the checks ran", () -> FxWizard.text(robot, "#status").contains("failed"));
        assertThat(FxWizard.text(robot, "#status")).endsWith(" 0 failed.");
        look(robot, "Checks");
        next(robot);
        FxWizard.await("the plan is made", () -> FxWizard.text(robot, "#status").contains("to apply"));
        look(robot, "Plan");
        next(robot);
        look(robot, "Run");
        robot.clickOn("#applyButton");
        FxWizard.await("the plan is applied", () -> FxWizard.text(robot, "#status").startsWith("Applied."));
        look(robot, "Run, applied");
        next(robot);
        FxWizard.await("the report verified the tenants", () -> FxWizard.text(robot,
                "#outcome").startsWith("Verified"));
        look(robot, "Report");
        assertThat(robot.lookup("#cancelRollbackButton").query().isVisible()).as("only while rolling back").isFalse();
        if (scenario == Scenario.VENDOR_ACCOUNTS) {
            assertThat(java.nio.file.Files.readAllLines(dir.resolve("credentials.csv"))).hasSize(5);
        }
        dialogs.confirmAnswers.add(true);
        robot.clickOn("#rollbackButton");
        FxWizard.await("the run is rolled back", () -> FxWizard.text(robot, "#outcome").startsWith("Rolled back"));
        assertThat(robot.lookup("#rollbackProgress").query().isVisible()).isFalse();
        assertThat(cut).as("text cut at 1280x720 in " + scenario).isEmpty();
        assertThat(css.distinct()).as("CSS warnings in " + scenario + (dark ? " (dark)" : "")).isEmpty();
    }

    /** Opens what opens in a window of its own: the File menu, a choice's list, the meeting's date picker. */
    private void popUps(FxRobot robot, Scenario scenario) {
        robot.clickOn("File");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        if (scenario == Scenario.ANONYMOUS_JOIN) {
            DatePicker date = robot.lookup("#meetingDate").queryAs(DatePicker.class);
            robot.interact(date::show);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(date::hide);
        }
        robot.lookup(".combo-box").match(Node::isVisible).tryQueryAs(ComboBox.class).ifPresent(box -> {
            robot.interact(box::show);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(box::hide);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scans the step as shown, then each tab of each of its tab panes. */
    private void look(FxRobot robot, String where) {
        cut.addAll(Truncations.inEveryTab(robot, wizard.root(), where));
    }

    private static void next(FxRobot robot) {
        robot.clickOn("#nextButton");
    }


}
