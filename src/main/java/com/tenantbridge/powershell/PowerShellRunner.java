package com.tenantbridge.powershell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds PowerShell 7 on this machine; {@link ModuleHost} runs it. */
public final class PowerShellRunner {

    private PowerShellRunner() {
    }

    /** {@code name} (e.g. pwsh) on the PATH, or empty when it is not installed. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String candidate : List.of(name, name + ".exe")) {
                Path p = Path.of(dir, candidate);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
