package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Below 1280×720 the step scrolls instead of squeezing its words: at 1024×600 every step up to Plan of the
 * examples, and every tab of their steps, still reads whole (what does not fit is scrolled to, not cut).
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    @TempDir
    Path dir;

    private FxWizard fx;
    private final Set<String> cut = new LinkedHashSet<>();

    @Start
    void start(Stage stage) {
        fx = FxWizard.show(stage, dir, new com.tenantbridge.ui.common.FxBackgroundTasks(), 1024, 600);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** The two largest forms; the four are walked at 1280x720 in WizardWalkTest. */
    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"VENDOR_ACCOUNTS", "ANONYMOUS_JOIN"})
    void everyStepScrollsRatherThanCutsAt1024x600(Scenario scenario, FxRobot robot) throws Exception {
        var shell = fx.wizard.viewModel();
        robot.interact(() -> shell.openExample(ExamplePlans.forScenario(scenario)));
        look(robot, "Scenario");
        FxWizard.await("the example is checked", () -> shell.navigation().canGoTo(3));
        String[] steps = {"Scenario", "Connect", "Details", "Checks"};
        for (int i = 1; i < steps.length; i++) {
            int step = i;
            robot.interact(() -> shell.goTo(step));
            FxWizard.await(steps[i] + " opens", () -> shell.navigation().index() == step);
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            look(robot, steps[i]);
        }
        FxWizard.await("the checks ran", () -> FxWizard.text(robot, "#status").contains("failed"));
        robot.interact(() -> shell.goTo(4));
        FxWizard.await("the plan is made", () -> FxWizard.text(robot, "#status").contains("to apply"));
        look(robot, "Plan");
        assertThat(cut).as("text cut at 1024x600 in " + scenario).isEmpty();
    }

    /** Scans the step as shown, then each tab of each of its tab panes. */
    private void look(FxRobot robot, String where) {
        cut.addAll(Truncations.inEveryTab(robot, fx.wizard.root(), where));
    }
}
