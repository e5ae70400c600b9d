package com.tenantbridge.powershell;

/** Where a PowerShell adapter's scripts run: a pwsh already signed in to one tenant's service. */
public interface PowerShellHost {

    /**
     * Runs {@code script} and returns what it printed. Any failure is an UnreachableException saying what to do, so
     * that the setting goes into the runbook (and shows as unknown in checks) while the rest of the run goes on.
     */
    String run(String script);
}
