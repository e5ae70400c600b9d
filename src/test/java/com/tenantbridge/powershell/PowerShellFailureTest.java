package com.tenantbridge.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.UnreachableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * PowerShell present but a module missing: one line naming the module and the command that installs it, and the
 * setting goes to the runbook; any other failure is PowerShell's first error line, never its whole error record.
 */
@DisabledOnOs(OS.WINDOWS)
class PowerShellFailureTest {

    @TempDir
    Path dir;

    private PowerShellRunner fake(String stderr, int exit) throws Exception {
        Path pwsh = dir.resolve("pwsh");
        Files.writeString(pwsh, "#!/bin/sh\ncat > /dev/null\ncat >&2 <<'EOF'\n" + stderr + "\nEOF\nexit " + exit + "\n");
        Files.setPosixFilePermissions(pwsh, PosixFilePermissions.fromString("rwx------"));
        return new PowerShellRunner(pwsh, Duration.ofSeconds(30));
    }

    @Test
    void aMissingModuleIsNamedWithItsInstallCommand() throws Exception {
        PowerShellRunner runner = fake("Import-Module: The specified module 'MicrosoftTeams' was not loaded because no"
                + " valid module file was found in any module directory.\n    + CategoryInfo : ResourceUnavailable", 1);
        assertThatThrownBy(() -> runner.run("Import-Module MicrosoftTeams", Map.of()))
                .isInstanceOf(UnreachableException.class)
                .hasMessage("the PowerShell module MicrosoftTeams is not installed: run Install-Module MicrosoftTeams"
                        + " -Scope CurrentUser in PowerShell 7, then try again (until then these settings are in the"
                        + " runbook)");
    }

    @Test
    void aCmdletNotRecognisedNamesTheModuleItComesFrom() throws Exception {
        PowerShellRunner runner = fake("Connect-IPPSSession: The term 'Connect-IPPSSession' is not recognized as a"
                + " name of a cmdlet, function, script file, or executable program.", 1);
        assertThatThrownBy(() -> runner.run("Connect-IPPSSession", Map.of())).isInstanceOf(UnreachableException.class)
                .hasMessageContaining("module ExchangeOnlineManagement is not installed");
    }

    @Test
    void anyOtherFailureIsItsFirstLineOnly() throws Exception {
        PowerShellRunner runner = fake("\nSet-CsTenantFederationConfiguration: Access denied.\n    + CategoryInfo :"
                + " NotSpecified\n    + FullyQualifiedErrorId : x", 1);
        assertThatThrownBy(() -> runner.run("x", Map.of())).isInstanceOf(PortException.class)
                .isNotInstanceOf(UnreachableException.class)
                .hasMessage("PowerShell failed: Set-CsTenantFederationConfiguration: Access denied.");
        assertThat(fake("", 0).run("x", Map.of())).isEmpty();
    }
}
