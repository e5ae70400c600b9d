package com.tenantbridge;

import com.tenantbridge.ui.TenantBridgeApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "wizard", mixinStandardHelpOptions = true,
        description = "Open the wizard, optionally with a plan file (the same as running with no arguments).")
final class WizardCommand implements Callable<Integer> {

    @Option(names = "--plan", paramLabel = "FILE", description = "A plan file to open.")
    Path plan;

    @Override
    public Integer call() {
        TenantBridgeApp.launchWizard(plan, Wiring.wizard());
        return 0;
    }
}
