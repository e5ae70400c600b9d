package com.tenantbridge;

import com.tenantbridge.auth.AuthSettings;
import com.tenantbridge.graph.GraphTenant;
import com.tenantbridge.powershell.PowerShellProbe;
import com.tenantbridge.powershell.PowerShellRunner;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.service.port.PowerShellInventory;
import com.tenantbridge.ui.WizardAdapters;

/**
 * The composition root: this package alone builds adapters (Graph, PowerShell, sign-in, the demo tenant) and
 * hands them to the two faces as service ports. ArchitectureTest keeps it so.
 */
final class Wiring {

    private Wiring() {
    }

    /** This machine's PowerShell 7 (found on the PATH), read by the doctors. */
    static PowerShellInventory powerShell() {
        return new PowerShellProbe(PowerShellRunner.onPath("pwsh"),
                !AuthSettings.DEFAULT_CLIENT_ID.equals(AuthSettings.fromEnvironment().clientId()));
    }

    /** The desktop wizard's: the demo tenant in the user's data folder, MSAL sign-in, this machine's PowerShell. */
    static WizardAdapters wizard() {
        EmbeddedDemoTenant demo = new EmbeddedDemoTenant(DataFolders.demoTenant());
        return new WizardAdapters(demo, new MsalSignInService(AuthSettings.fromEnvironment(), DataFolders.userData()),
                powerShell(), GraphTenant::warmUp, demo);
    }
}
