package com.tenantbridge.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.ui.common.Workers;
import com.tenantbridge.ui.connect.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final FakeDialogs dialogs = new FakeDialogs();
    private final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    private final ExecutorService worker = Executors.newCachedThreadPool();
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
        worker.shutdownNow();
        demo.close();
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
        await(() -> !robot.lookup("#nextButton").queryButton().isDisabled());
        shoot(robot, out, "connect-step");
        robot.clickOn("#nextButton");
        robot.clickOn("#startFromExample");
        await(() -> !robot.lookup("#nextButton").queryButton().isDisabled()
                && !robot.lookup("#updating").query().isVisible());
        tab(robot, "#side", 1);
        shoot(robot, out, "details-step");
        tab(robot, "#side", 3);
        shoot(robot, out, "details-reach");
        robot.interact(() -> wizard.viewModel().themeProperty().set(Theme.DARK));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        tab(robot, "#side", 2);
        shoot(robot, out, "details-dark");
        robot.interact(() -> wizard.viewModel().themeProperty().set(Theme.LIGHT));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        robot.clickOn("#nextButton");
        await(() -> text(robot, "#status").contains("failed"));
        shoot(robot, out, "checks-step");
        robot.clickOn("#nextButton");
        await(() -> text(robot, "#status").contains("to apply"));
        shoot(robot, out, "plan-step");
        TabPane plan = robot.lookup(".tab-pane").match(Node::isVisible).queryAs(TabPane.class);
        robot.interact(() -> plan.getSelectionModel().select(plan.getTabs().size() - 1));
        shoot(robot, out, "plan-reach");
        robot.clickOn("#nextButton");
        robot.clickOn("#applyButton");
        await(() -> text(robot, "#status").startsWith("Applied."));
        shoot(robot, out, "run-step");
        robot.clickOn("#nextButton");
        await(() -> text(robot, "#outcome").startsWith("Verified"));
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).match(Node::isVisible).queryAs(Label.class).getText();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
