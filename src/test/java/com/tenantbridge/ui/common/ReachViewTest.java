package com.tenantbridge.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Matrix;
import com.tenantbridge.domain.reach.SegmentMatrix;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The who-reaches-whom matrix in a pane narrower than it: names stay readable, the key matches the cells. */
@ExtendWith(ApplicationExtension.class)
class ReachViewTest {

    private ReachView view;
    private World world;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ReachView();
        DeploymentPlan plan = ExamplePlans.load(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS)).plan();
        world = Worlds.desired(plan);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 320, 600);
        scene.getStylesheets().add(ReachView.class.getResource(com.tenantbridge.ui.Wizard.STYLESHEET)
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private List<Label> names(FxRobot robot) {
        return robot.lookup(".reach-name").queryAllAs(Label.class).stream().toList();
    }

    @Test
    void namesKeepTheirWidthInANarrowPaneAndAPickedCellSaysWhy(FxRobot robot) {
        robot.interact(() -> view.show(Matrix.of(world), null, SegmentMatrix.of(world, List.of())));
        List<Label> names = names(robot);
        assertThat(names).hasSizeGreaterThan(4);
        assertThat(names).allSatisfy(n -> assertThat(n.getWidth()).isGreaterThanOrEqualTo(130));
        assertThat(robot.lookup(".reach-legend .reach-cell").queryAll()).as("a sample per verdict").hasSize(4);
        assertThat(robot.lookup(".reach-legend .reach-changed").queryAll()).as("nothing compared").isEmpty();

        Node cell = robot.lookup(".reach-grid .reach-no").query();
        robot.interact(cell::requestFocus);
        String detail = robot.lookup("#reachDetail").queryAs(Label.class).getText();
        assertThat(detail).contains(" \u2192 ").contains("no \u2014 ");
    }

    @Test
    void comparedWithBeforeTheKeyExplainsTheOutline(FxRobot robot) {
        Matrix m = Matrix.of(world);
        robot.interact(() -> view.show(m, m, SegmentMatrix.of(world, List.of())));
        assertThat(robot.lookup(".reach-legend .reach-changed").queryAll()).hasSize(1);
        assertThat(robot.lookup(".reach-grid .reach-changed").queryAll()).as("before equals after").isEmpty();
        assertThat(view.lookup(".reach-legend").getAccessibleText()).contains("Outlined: what the plan changes.");
    }
}
