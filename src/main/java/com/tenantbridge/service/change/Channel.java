package com.tenantbridge.service.change;

/** How a change reaches the tenant. */
public enum Channel {
    /** Microsoft Graph. */
    GRAPH,
    /** Teams-only and information-barrier settings: PowerShell on a real tenant (or its runbook). */
    POWERSHELL
}
