package com.tenantbridge;

import com.tenantbridge.cli.Cli;
import com.tenantbridge.cli.CliAdapters;
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
            TenantBridgeApp.launchWizard(null, Wiring.wizard());
            return;
        }
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with every command and the adapters wired; tests call it as the jar would. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return Cli.execute(new CliAdapters(new CommandSessions(), Wiring::powerShell), out, err,
                List.of(new WizardCommand(), new DemoTenantCommand(), new BenchCommand()), args);
    }
}
