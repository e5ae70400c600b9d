package com.tenantbridge.ui;

import com.tenantbridge.domain.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws README's pictures of the wizard at 1280×720: the vendor example through every step on the demo tenant.
 * Runs only when asked, with the folder to write to:
 * {@code mvn -B test -Dtest=ScreenshotTour -Dtenantbridge.screenshots=assets/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private static final String OUT = System.getProperty("tenantbridge.screenshots", "");

    @TempDir
    Path dir;

    private FxWizard fx;
    private FakeDialogs dialogs;
    private Wizard wizard;

    @Start
    void start(Stage stage) {
        fx = FxWizard.show(stage, dir);
        wizard = fx.wizard;
        dialogs = fx.dialogs;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Assumptions.assumeFalse(OUT.isEmpty(), "pictures are drawn only with -Dtenantbridge.screenshots=DIR");
        Path out = Path.of(OUT);
        Files.createDirectories(out);
        dialogs.credentialAnswers.add(dir.resolve("credentials.csv"));
        robot.clickOn("#choose-" + Scenario.VENDOR_ACCOUNTS.jsonName());
        shoot(robot, out, "scenario-step");
        tab(robot, "#tabs", 1);
        shoot(robot, out, "compare-scenarios");
        tab(robot, "#tabs", 0);
        robot.clickOn("#nextButton");
        FxWizard.await("the wizard", () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        shoot(robot, out, "connect-step");
        robot.clickOn("#nextButton");
        robot.clickOn("#startFromExample");
        FxWizard.await("the wizard", () -> !robot.lookup("#nextButton").queryButton().isDisabled()
                && FxWizard.settled(robot));
        tab(robot, "#side", 1);
        shoot(robot, out, "details-step");
        tab(robot, "#side", 3);
        shoot(robot, out, "details-reach");
        fx.dark(robot);
        tab(robot, "#side", 2);
        shoot(robot, out, "details-dark");
        fx.light(robot);
        robot.clickOn("#nextButton");
        FxWizard.await("the wizard", () -> FxWizard.text(robot, "#status").contains("failed"));
        shoot(robot, out, "checks-step");
        robot.clickOn("#nextButton");
        FxWizard.await("the wizard", () -> FxWizard.text(robot, "#status").contains("to apply"));
        shoot(robot, out, "plan-step");
        TabPane plan = robot.lookup(".tab-pane").match(Node::isVisible).queryAs(TabPane.class);
        robot.interact(() -> plan.getSelectionModel().select(plan.getTabs().size() - 1));
        shoot(robot, out, "plan-reach");
        robot.clickOn("#nextButton");
        robot.clickOn("#applyButton");
        FxWizard.await("the wizard", () -> FxWizard.text(robot, "#status").startsWith("Applied."));
        shoot(robot, out, "run-step");
        robot.clickOn("#nextButton");
        FxWizard.await("the wizard", () -> FxWizard.text(robot, "#outcome").startsWith("Verified"));
        shoot(robot, out, "report-step");
    }

    private static void tab(FxRobot robot, String pane, int index) {
        TabPane tabs = robot.lookup(pane).match(Node::isVisible).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    private void shoot(FxRobot robot, Path out, String name) throws Exception {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = wizard.root().getScene().snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = shot[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(image, "png", out.resolve(name + ".png").toFile());
    }


}
