package com.tenantbridge;

import com.tenantbridge.cli.Cli;
import com.tenantbridge.ui.TenantBridgeApp;
import java.io.PrintWriter;
import java.util.List;

/**
 * The jar's entry point. It must not extend Application: with JavaFX on the class path the launcher
 * would otherwise refuse to start. No argument opens the wizard; anything else is a CLI command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            TenantBridgeApp.launchWizard(null);
            return;
        }
        int code = Cli.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                List.of(new WizardCommand()), args);
        System.exit(code);
    }
}
