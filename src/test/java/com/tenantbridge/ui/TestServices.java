package com.tenantbridge.ui;

import com.tenantbridge.service.port.SignInMethod;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.ui.common.Workers;
import com.tenantbridge.ui.connect.DemoTenantRunner;
import com.tenantbridge.EmbeddedDemoTenant;
import com.tenantbridge.service.engine.SignInService;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

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
        return create(dialogs, demo, journals, Workers.direct());
    }

    public static WizardServices create(FakeDialogs dialogs, DemoTenantRunner demo, Path journals, Workers workers) {
        return new WizardServices(new SyncTasks(), workers, dialogs, demo, new NoSignIn(), CLOCK, journals,
                POWERSHELL);
    }

    public static WizardServices create(FakeDialogs dialogs, Path journals) {
        return create(dialogs, EmbeddedDemoTenant.inMemory(), journals);
    }

    /** Microsoft 365 cannot be reached from tests. */
    public static final class NoSignIn implements SignInService {
        @Override
        public SignedIn signIn(String tenant, SignInMethod method, RequiredAccess access, Consumer<String> deviceCode,
                Consumer<URI> browser) {
            throw new PortException("no Microsoft 365 in tests");
        }

        @Override
        public String tokenCacheDescription() {
            return "in memory";
        }
    }
}
