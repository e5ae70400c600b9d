package com.tenantbridge.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.Topology;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The topology's link labels never lie over a tenant's box, at the width the Details side pane has at 1280×720. */
@ExtendWith(ApplicationExtension.class)
class TopologyViewTest {

    private TopologyView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new TopologyView();
        stage.setScene(new Scene(view, 440, 520));
        stage.show();
    }

    @Test
    void noLinkLabelCoversABoxInAnyExample(FxRobot robot) {
        for (Scenario s : Scenario.values()) {
            robot.interact(() -> view.show(Topology.of(ExamplePlans.load(ExamplePlans.forScenario(s)).plan())));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            var labels = view.linkLabels();
            assertThat(labels).as(s.name()).isNotEmpty();
            for (Label l : labels) {
                assertThat(view.coversABox(l)).as("%s: \\u201c%s\\u201d over a box", s, l.getText()).isFalse();
            }
        }
    }
}
