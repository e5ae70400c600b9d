package com.tenantbridge.service.port;

/**
 * This connection cannot reach the setting at all (e.g. PowerShell 7 is not installed for Teams-only
 * settings): such changes go into a runbook for an admin to run.
 */
public class UnreachableException extends PortException {
    public UnreachableException(String message) {
        super(0, "Unreachable", message, null);
    }
}
