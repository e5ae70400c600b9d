package com.tenantbridge.ui;

import atlantafx.base.theme.PrimerLight;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.auth.AuthSettings;
import com.tenantbridge.ui.common.FxBackgroundTasks;
import com.tenantbridge.ui.common.Workers;
import com.tenantbridge.ui.connect.MsalSignInService;
import com.tenantbridge.ui.common.FxDialogService;
import com.tenantbridge.ui.connect.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.RecentPlans;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop wizard. Started by the Launcher, never as the jar's main class. */
public final class TenantBridgeApp extends Application {

    private EmbeddedDemoTenant demo;

    @Override
    public void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    /** Blocks until the window closes. {@code plan} may be null. */
    public static void launchWizard(Path plan) {
        Application.launch(TenantBridgeApp.class, plan == null ? new String[0] : new String[] {"--plan=" + plan});
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        demo = new EmbeddedDemoTenant(DataFolders.demoTenant());
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tenantbridge-run");
            t.setDaemon(true);
            return t;
        });
        MsalSignInService signIn = new MsalSignInService(AuthSettings.fromEnvironment(), DataFolders.userData());
        Wizard wizard = Wizard.create(new WizardServices(new FxBackgroundTasks(), new Workers(worker, Platform::runLater),
                new FxDialogService(() -> stage), demo, signIn, java.time.Clock.systemDefaultZone(),
                DataFolders.userData().resolve("journals")), RecentPlans.forUser());
        wizard.connectStep().setBrowser(uri -> getHostServices().showDocument(uri.toString()));
        Scene scene = new Scene(wizard.root(), 1240, 780);
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(660);
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
        stage.show();
        String plan = getParameters().getNamed().get("plan");
        if (plan != null) {
            wizard.viewModel().openFile(Path.of(plan));
        }
    }
}
