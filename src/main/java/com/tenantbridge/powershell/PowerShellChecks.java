package com.tenantbridge.powershell;

import com.tenantbridge.service.change.PowerShellText;

/** The read-only scripts that tell what a machine's PowerShell has, before anything signs in. */
public final class PowerShellChecks {

    private PowerShellChecks() {
    }

    /** PowerShell's version and the newest installed version of {@code module} (blank when none), as JSON. */
    static String versionScript(PowerShellModule module) {
        return "[pscustomobject]@{ PowerShell = \"$($PSVersionTable.PSVersion)\"; Module = \"$((Get-Module"
                + " -ListAvailable -Name " + PowerShellText.q(module.moduleName()) + " | Sort-Object Version -Descending"
                + " | Select-Object -First 1).Version)\" } | ConvertTo-Json -Compress\n";
    }
}
