package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.TestPrefs;
import com.tenantbridge.ui.TestServices;
import com.tenantbridge.ui.Wizard;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Details forms driven with mouse and keyboard: a bad value is named at its field and blocks Next. */
@ExtendWith(ApplicationExtension.class)
class DetailsStepViewTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Wizard wizard;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = Wizard.create(TestServices.create(dialogs, dir.resolve("journals")), TestPrefs.recentPlans());
        stage.setScene(new Scene(wizard.root(), 1240, 780));
        stage.show();
    }

    private void openDetails(FxRobot robot, Scenario scenario) {
        robot.interact(() -> {
            wizard.viewModel().openExample(ExamplePlans.forScenario(scenario));
            wizard.viewModel().goTo(2);
        });
        assertThat(robot.lookup("#stepTitle").queryAs(Label.class).getText()).isEqualTo("3. Details");
    }

    private static Node visible(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).match((Node n) -> n.getParent() != null
                && visibleUp(n)).query();
    }

    private static boolean visibleUp(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Focuses the field as Tab would (the form scrolls it into view), then clicks it as a mouse user would. */
    private static Node field(FxRobot robot, String query) {
        Node node = visible(robot, query);
        robot.interact(node::requestFocus);
        robot.clickOn(node);
        return node;
    }

    private static boolean nextDisabled(FxRobot robot) {
        return robot.lookup("#nextButton").queryButton().isDisabled();
    }

    @Test
    void aBadContactEmailIsNamedUnderItsFieldAndOnItsRow(FxRobot robot) {
        openDetails(robot, Scenario.VENDOR_ACCOUNTS);
        field(robot, "#accountContact");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("bad@");
        assertThat(nextDisabled(robot)).isTrue();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().startsWith("not an email address") && visibleUp(l));
        robot.write("vendor1.com");
        assertThat(nextDisabled(robot)).isFalse();
        assertThat(wizard.viewModel().document().plan().vendors().accounts().get(0).contactEmail())
                .isEqualTo("bad@vendor1.com");
    }

    @Test
    void aPartnerAddedWithTheKeyboardJoinsThePlanAndThePicture(FxRobot robot) {
        openDetails(robot, Scenario.FEDERATION);
        field(robot, "#partners-add");
        assertThat(nextDisabled(robot)).isTrue();
        field(robot, "#partnerName");
        robot.write("Fabrikam");
        field(robot, "#partnerDomain");
        robot.write("fabrikam.com");
        assertThat(nextDisabled(robot)).as("%s", com.tenantbridge.domain.plan.PlanValidator.validate(
                wizard.viewModel().document().plan())).isFalse();
        assertThat(((TableView<?>) visible(robot, "#partners")).getItems()).hasSize(3);
        robot.clickOn("Topology");
        assertThat(robot.lookup((Node n) -> "box-fabrikam.com".equals(n.getId())).tryQuery()).isPresent();
    }

    @Test
    void importingASpreadsheetAddsTheRows(FxRobot robot) throws Exception {
        Path csv = dir.resolve("vendors.csv");
        Files.writeString(csv, "displayName,userPrincipalName,contactEmail,company,usageLocation,segment,device\n"
                + "Vendor4 A,Vendor4_A_SA@abc.com,a@vendor4.com,Vendor4,US,V3_RemoteAssistUser,mobile\n");
        dialogs.csvAnswers.add(csv);
        openDetails(robot, Scenario.VENDOR_ACCOUNTS);
        field(robot, "#importCsv");
        assertThat(((TableView<?>) visible(robot, "#accounts")).getItems()).hasSize(5);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aSupportSegmentEmptiedIsNamedAtItsFieldWithWhomItCutsOff(FxRobot robot) {
        openDetails(robot, Scenario.VENDOR_ACCOUNTS);
        assertThat(nextDisabled(robot)).isFalse();
        TableView<?> segments = (TableView<?>) visible(robot, "#segments");
        robot.interact(() -> segments.getSelectionModel().select(3));
        field(robot, "#segmentMembers");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).press(KeyCode.BACK_SPACE)
                .release(KeyCode.BACK_SPACE);
        assertThat(nextDisabled(robot)).isTrue();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).anyMatch(l -> l.getText().startsWith(
                "V2_SupportEngineer has no members: Vendor2's accounts reach no support engineer") && visibleUp(l));
        robot.write("Expert2@abc.com");
        assertThat(nextDisabled(robot)).isFalse();
    }
}
