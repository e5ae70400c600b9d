package com.tenantbridge.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tab and Shift+Tab leave a text area like any field; Ctrl+Tab puts a tab in it. */
@ExtendWith(ApplicationExtension.class)
class TabLeavesTextAreasTest {

    private TextField before;
    private TextArea area;
    private TextField after;

    @Start
    void start(Stage stage) {
        before = new TextField("before");
        area = new TextArea("message");
        after = new TextField("after");
        VBox root = new VBox(before, area, after);
        TabLeavesTextAreas.install(root);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void tabMovesOnAndCtrlTabTypesATab(FxRobot robot) {
        robot.interact(area::requestFocus);
        robot.interact(() -> area.positionCaret(area.getLength()));

        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(after.isFocused()).as("Tab left the area forward").isTrue();
        assertThat(area.getText()).isEqualTo("message");

        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.isFocused()).as("Shift+Tab came back").isTrue();
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(before.isFocused()).as("Shift+Tab left the area backward").isTrue();

        robot.interact(area::requestFocus);
        robot.interact(() -> area.positionCaret(area.getLength()));
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("message\t");
        assertThat(area.isFocused()).isTrue();
    }
}
