package com.tenantbridge.service;

import java.nio.file.Path;
import java.util.Locale;

/** Where TenantBridge keeps the user's data (journals, the demo tenant's state), per operating system. */
public final class DataFolders {

    private DataFolders() {
    }

    /** The per-user data folder; {@code -Dtenantbridge.data=DIR} overrides it (tests, portable installs). */
    public static Path userData() {
        String override = System.getProperty("tenantbridge.data");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming")).resolve("TenantBridge");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("TenantBridge");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("tenantbridge");
    }

    public static Path demoTenant() {
        return userData().resolve("demo-tenant");
    }
}
