package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.ui.shell.Theme;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.ui.common.Workers;
import com.tenantbridge.ui.connect.EmbeddedDemoTenant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

    private final FakeDialogs dialogs = new FakeDialogs();
    private final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final Set<String> cut = new LinkedHashSet<>();
    private final CssWarnings css = new CssWarnings();
    private Wizard wizard;

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
        css.close();
        worker.shutdownNow();
        demo.close();
    }

    /** Every scenario in the light theme; the two largest forms (and the date picker) in the dark one too. */
    static Stream<Arguments> walks() {
        return Stream.of(Arguments.of(Scenario.FEDERATION, false), Arguments.of(Scenario.GUEST_ACCESS, false),
                Arguments.of(Scenario.VENDOR_ACCOUNTS, false), Arguments.of(Scenario.ANONYMOUS_JOIN, false),
                Arguments.of(Scenario.VENDOR_ACCOUNTS, true), Arguments.of(Scenario.ANONYMOUS_JOIN, true));
    }

    @ParameterizedTest(name = "{0}, dark theme {1}")
    @MethodSource("walks")
    void everyStepReadsWholeAt1280x720WithoutACssWarning(Scenario scenario, boolean dark, FxRobot robot)
            throws Exception {
        if (dark) {
            robot.interact(() -> wizard.viewModel().themeProperty().set(Theme.DARK));
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        }
        dialogs.credentialAnswers.add(dir.resolve("credentials.csv"));
        dialogs.confirmAnswers.add(true);
        look(robot, "Scenario");
        robot.clickOn("#choose-" + scenario.jsonName());
        look(robot, "Scenario, chosen");
        next(robot);
        await("the demo tenant runs", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        look(robot, "Connect");
        next(robot);
        assertThat(text(robot, "#stepTitle")).isEqualTo("3. Details");
        await("the empty form is checked", () -> !robot.lookup("#updating").query().isVisible());
        look(robot, "Details, empty");
        robot.clickOn("#startFromExample");
        await("the example is checked", () -> !robot.lookup("#nextButton").queryButton().isDisabled()
                && !robot.lookup("#updating").query().isVisible());
        look(robot, "Details");
        popUps(robot, scenario);
        next(robot);
        await("the checks ran", () -> text(robot, "#status").contains("failed"));
        assertThat(text(robot, "#status")).endsWith(" 0 failed.");
        look(robot, "Checks");
        next(robot);
        await("the plan is made", () -> text(robot, "#status").contains("to apply"));
        look(robot, "Plan");
        next(robot);
        look(robot, "Run");
        robot.clickOn("#applyButton");
        await("the plan is applied", () -> text(robot, "#status").startsWith("Applied."));
        look(robot, "Run, applied");
        next(robot);
        await("the report verified the tenants", () -> text(robot, "#outcome").startsWith("Verified"));
        look(robot, "Report");
        assertThat(robot.lookup("#cancelRollbackButton").query().isVisible()).as("only while rolling back").isFalse();
        if (scenario == Scenario.VENDOR_ACCOUNTS) {
            assertThat(java.nio.file.Files.readAllLines(dir.resolve("credentials.csv"))).hasSize(5);
        }
        dialogs.confirmAnswers.add(true);
        robot.clickOn("#rollbackButton");
        await("the run is rolled back", () -> text(robot, "#outcome").startsWith("Rolled back"));
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
        WaitForAsyncUtils.waitForFxEvents();
        scan(robot, where);
        List<TabPane> panes = new ArrayList<>(robot.lookup(".tab-pane").match(Node::isVisible)
                .queryAllAs(TabPane.class));
        for (TabPane pane : panes) {
            int was = pane.getSelectionModel().getSelectedIndex();
            for (int i = 0; i < pane.getTabs().size(); i++) {
                int tab = i;
                robot.interact(() -> pane.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                scan(robot, where + " \u203a " + pane.getTabs().get(tab).getText());
            }
            robot.interact(() -> pane.getSelectionModel().select(was));
        }
    }

    private void scan(FxRobot robot, String where) {
        robot.interact(() -> wizard.root().applyCss());
        robot.interact(() -> wizard.root().layout());
        WaitForAsyncUtils.waitForFxEvents();
        Truncations.in(wizard.root()).forEach(line -> cut.add(where + ": " + line));
    }

    private static void next(FxRobot robot) {
        robot.clickOn("#nextButton");
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
