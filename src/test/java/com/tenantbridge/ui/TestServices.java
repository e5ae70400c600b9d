package com.tenantbridge.ui;

import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.connect.DemoTenantRunner;
import com.tenantbridge.EmbeddedDemoTenant;
import com.tenantbridge.service.engine.SignInService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Synchronous services for view-model and TestFX tests: everything runs at once, in order. */
public final class TestServices {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    /** This machine's PowerShell 7, as the app reads it. */
    public static final com.tenantbridge.service.port.PowerShellInventory POWERSHELL =
            new com.tenantbridge.powershell.PowerShellProbe(com.tenantbridge.powershell.PowerShellRunner.onPath(
                    "pwsh"), false);

    private TestServices() {
    }

    public static WizardServices create(FakeDialogs dialogs, DemoTenantRunner demo, Path journals) {
        return create(dialogs, demo, journals, new SyncTasks());
    }

    public static WizardServices create(FakeDialogs dialogs, DemoTenantRunner demo, Path journals,
            BackgroundTasks tasks) {
        return new WizardServices(tasks, dialogs, demo, SignInService.none(), CLOCK, journals,
                POWERSHELL);
    }

    public static WizardServices create(FakeDialogs dialogs, Path journals) {
        return create(dialogs, EmbeddedDemoTenant.inMemory(), journals);
    }
}
