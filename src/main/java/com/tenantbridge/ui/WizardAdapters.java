package com.tenantbridge.ui;

import com.tenantbridge.service.port.PowerShellInventory;
import com.tenantbridge.ui.connect.DemoTenantRunner;
import com.tenantbridge.service.engine.SignInService;

/**
 * What the composition root hands the desktop wizard: the adapters, wired. The wizard adds its own threads and
 * dialogs (WizardServices) and never builds an adapter itself.
 *
 * @param graphWarmUp loads the Graph SDK's classes once the first step shows; sends nothing
 * @param onExit      stops what the adapters started (the demo tenant)
 */
public record WizardAdapters(DemoTenantRunner demo, SignInService signIn, PowerShellInventory powerShell,
        Runnable graphWarmUp, AutoCloseable onExit) {
}
