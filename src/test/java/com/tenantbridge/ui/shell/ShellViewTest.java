package com.tenantbridge.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.TestPrefs;
import com.tenantbridge.ui.TestServices;
import com.tenantbridge.ui.Wizard;
import com.tenantbridge.ui.common.DialogService.UnsavedChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, driven as an admin would: mouse, keyboard and the File menu. */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Wizard wizard;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = Wizard.create(TestServices.create(dialogs, dir.resolve("journals")), TestPrefs.recentPlans());
        stage.setScene(new Scene(wizard.root(), 1240, 780));
        stage.titleProperty().bind(wizard.viewModel().document().titleProperty());
        stage.show();
    }

    private String stepTitle(FxRobot robot) {
        return robot.lookup("#stepTitle").queryAs(Label.class).getText();
    }

    /** Menus leave hidden popups behind between tests; click the node in a window that is showing. */
    private static void clickShowing(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = showing(robot, text);
        // Slide sideways first: a diagonal path over the parent menu would close an open submenu.
        Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        robot.moveTo(new Point2D(bounds.getMinX() + 20, mouse.getY()));
        robot.clickOn(showing(robot, text));
    }

    private static Node showing(FxRobot robot, String text) {
        return robot.lookup(text).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    private Button next(FxRobot robot) {
        return robot.lookup("#nextButton").queryButton();
    }

    @Test
    void theViewMenuSwitchesToTheDarkThemeAndBack(FxRobot robot) {
        robot.clickOn("View");
        clickShowing(robot, "Dark theme");
        assertThat(wizard.viewModel().themeProperty().get()).isEqualTo(Theme.DARK);
        robot.clickOn("View");
        clickShowing(robot, "Light theme");
        assertThat(wizard.viewModel().themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void nextStaysDisabledUntilAScenarioIsChosen(FxRobot robot) {
        assertThat(stepTitle(robot)).isEqualTo("1. Scenario");
        assertThat(next(robot).isDisabled()).isTrue();
        robot.clickOn("#collaborators_have_own_tenant-yes");
        robot.clickOn("#choose-guestAccess");
        assertThat(next(robot).isDisabled()).isFalse();
        robot.clickOn("#nextButton");
        assertThat(stepTitle(robot)).isEqualTo("2. Connect");
        assertThat(stage.getTitle()).isEqualTo("TenantBridge \u2014 Untitled plan *");
    }

    @Test
    void altArrowsMoveBetweenSteps(FxRobot robot) {
        robot.clickOn("#choose-federation");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(stepTitle(robot)).isEqualTo("2. Connect");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(stepTitle(robot)).isEqualTo("3. Details");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(stepTitle(robot)).isEqualTo("2. Connect");
    }

    @Test
    void theStepListCannotJumpPastAnInvalidStep(FxRobot robot) {
        robot.clickOn("#choose-anonymousJoin");
        robot.clickOn("Details");
        assertThat(stepTitle(robot)).isEqualTo("3. Details");
        robot.clickOn("Report");
        assertThat(stepTitle(robot)).isEqualTo("3. Details");
        robot.clickOn("Scenario");
        assertThat(stepTitle(robot)).isEqualTo("1. Scenario");
    }

    @Test
    void detailsUnlockOnceTheScenarioHasValidDetails(FxRobot robot) {
        robot.clickOn("#choose-vendorAccounts");
        robot.clickOn("Details");
        assertThat(next(robot).isDisabled()).isTrue();
        robot.clickOn("#startFromExample");
        assertThat(next(robot).isDisabled()).isFalse();
        robot.clickOn("#hostDomain").press(KeyCode.END).release(KeyCode.END).write(".");
        assertThat(robot.lookup("#hostDomainMessage").queryAs(Label.class).getText()).startsWith("ends with a dot");
        assertThat(next(robot).isDisabled()).isTrue();
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(next(robot).isDisabled()).isFalse();
        robot.clickOn("#nextButton");
        assertThat(stepTitle(robot)).isEqualTo("4. Checks");
    }

    @Test
    void aPlanSurvivesSaveNewAndOpenThroughTheFileMenu(FxRobot robot) throws Exception {
        robot.clickOn("File");
        clickShowing(robot, "Open example");
        clickShowing(robot, "C. Service accounts for Vendor1, Vendor2 and a contractor");
        String ends = " \u2014 Dynamics 365 Remote Assist on HoloLens 2, support ends 2026-12-31";
        assertThat(stage.getTitle()).isEqualTo("TenantBridge \u2014 ABC service accounts for Vendor1, Vendor2 and a"
                + " contractor" + ends);
        robot.clickOn("Details");
        TextField name = robot.lookup("#planName").queryAs(TextField.class);
        robot.doubleClickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Vendors at ABC");
        assertThat(stage.getTitle()).isEqualTo("TenantBridge \u2014 Vendors at ABC *" + ends);

        Path file = dir.resolve("vendors-at-abc.json");
        dialogs.saveAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("TenantBridge \u2014 Vendors at ABC" + ends);
        var saved = PlanJson.read(Files.readString(file));
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.plan().name()).isEqualTo("Vendors at ABC");
        assertThat(saved.plan().scenario()).isEqualTo(Scenario.VENDOR_ACCOUNTS);

        robot.clickOn("File");
        clickShowing(robot, "New plan");
        assertThat(stage.getTitle()).isEqualTo("TenantBridge \u2014 Untitled plan");
        assertThat(stepTitle(robot)).isEqualTo("1. Scenario");

        robot.clickOn("#choose-federation");
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        dialogs.openAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedPrompts).isEqualTo(1);
        assertThat(stage.getTitle()).isEqualTo("TenantBridge \u2014 Vendors at ABC" + ends);
        assertThat(wizard.viewModel().document().plan()).isEqualTo(saved.plan());
        assertThat(robot.lookup("#fileLabel").queryAs(Label.class).getText()).endsWith("vendors-at-abc.json");
    }
}
