package com.tenantbridge.service.port;

import java.util.List;

/** What this machine has of PowerShell 7 and the modules TenantBridge drives, read without signing in anywhere. */
public interface PowerShellInventory {

    /** One thing looked for: what was found (null when nothing), the least version that does, and how to fix it. */
    record Item(String name, String found, String least, boolean ready, String fix) {
    }

    /** PowerShell itself first, then each module; only PowerShell when it is not installed. */
    List<Item> read();
}
