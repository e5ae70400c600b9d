package com.tenantbridge.ui;

import com.tenantbridge.service.port.PowerShellInventory;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.connect.DemoTenantRunner;
import com.tenantbridge.service.engine.SignInService;
import java.nio.file.Path;
import java.time.Clock;

/** What the wizard's steps need from outside; the app passes the real ones, tests fakes. */
public record WizardServices(BackgroundTasks tasks, DialogService dialogs, DemoTenantRunner demo,
        SignInService signIn, Clock clock, Path journals, PowerShellInventory powerShell) {
}
