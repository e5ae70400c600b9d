package com.tenantbridge.ui;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.ui.common.FxDialogService;
import com.tenantbridge.ui.shell.RecentPlans;
import com.tenantbridge.ui.shell.Theme;
import com.tenantbridge.ui.shell.WindowSettings;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop wizard. Started by the Launcher, never as the jar's main class. */
public final class TenantBridgeApp extends Application {

    /** Set by the composition root before JavaFX makes this Application; JavaFX allows one launch per process. */
    private static volatile WizardAdapters adapters;

    @Override
    public void stop() throws Exception {
        adapters.onExit().close();
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new atlantafx.base.theme.PrimerDark()
                .getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Blocks until the window closes. {@code plan} may be null. */
    public static void launchWizard(Path plan, WizardAdapters wired) {
        adapters = wired;
        GdkGl.disableWhileStarting();
        Application.launch(TenantBridgeApp.class, plan == null ? new String[0] : new String[] {"--plan=" + plan});
    }

    @Override
    public void start(Stage stage) {
        GdkGl.restore();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        new UnexpectedErrors(dialogs, Platform::runLater).install();
        Wizard wizard = Wizard.create(new WizardServices(new FxBackgroundTasks(), dialogs, adapters.demo(),
                adapters.signIn(),
                com.tenantbridge.service.Clocks.system(java.time.ZoneId.systemDefault()),
                DataFolders.userData().resolve("journals"), adapters.powerShell()), RecentPlans.forUser());
        wizard.connectStep().setBrowser(uri -> getHostServices().showDocument(uri.toString()));
        WindowSettings settings = new WindowSettings(java.util.prefs.Preferences.userRoot().node(
                System.getProperty("tenantbridge.prefs.node", "tenantbridge")));
        var theme = wizard.viewModel().themeProperty();
        theme.set(settings.theme());
        applyTheme(theme.get());
        theme.addListener((obs, old, now) -> {
            applyTheme(now);
            settings.saveTheme(now);
        });
        var remembered = settings.bounds(javafx.stage.Screen.getScreens().stream()
                .map(javafx.stage.Screen::getVisualBounds).toList());
        WindowSettings.Bounds first = remembered.orElseGet(() -> WindowSettings.firstSize(
                javafx.stage.Screen.getPrimary().getVisualBounds()));
        Scene scene = new Scene(wizard.root(), first.width(), first.height());
        stage.setScene(scene);
        stage.setX(first.x());
        stage.setY(first.y());
        stage.setMaximized(first.maximized());
        stage.setOnHiding(e -> settings.saveBounds(new WindowSettings.Bounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.setMinWidth(Math.min(1000, first.width()));
        stage.setMinHeight(Math.min(660, first.height()));
        stage.titleProperty().bind(wizard.viewModel().document().titleProperty());
        wizard.viewModel().setOnExit(Platform::exit);
        stage.setOnCloseRequest(e -> {
            e.consume();
            wizard.viewModel().requestExit();
        });
        try (InputStream icon = getClass().getResourceAsStream("/com/tenantbridge/ui/icons/tenantbridge.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException e) {
            // A missing window icon is cosmetic.
        }
        StartupProbe.watch(scene);
        GraphWarmUp.afterFirstStep(scene, adapters.graphWarmUp());
        stage.show();
        String plan = getParameters().getNamed().get("plan");
        if (plan != null) {
            wizard.viewModel().openFile(Path.of(plan));
        }
    }
}
