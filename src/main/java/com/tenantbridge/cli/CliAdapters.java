package com.tenantbridge.cli;

import com.tenantbridge.service.engine.TenantSessions;
import com.tenantbridge.service.port.PowerShellInventory;
import java.util.function.Supplier;

/** What the composition root hands the CLI: the adapters, wired. No command builds one itself. */
public record CliAdapters(TenantSessions sessions, Supplier<PowerShellInventory> powerShell) {
}
