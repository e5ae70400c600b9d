package com.tenantbridge.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ExchangeOnlineManagement's versions and platforms as Microsoft states them (exchange-online-powershell-v2):
 * REST in Security &amp; Compliance from 3.2.0; PowerShell 7.4 for 3.5.0 to 3.9.2 and 7.6 for 3.10.0 and later;
 * Connect-IPPSSession not in PowerShell 7 on macOS, and no device code.
 */
class ModuleVersionsTest {

    @Test
    void securityAndComplianceNeedsTheRestModuleAndThePowerShellItsVersionNeeds() {
        assertThat(PowerShellModule.EXCHANGE.least(false)).isEqualTo("3.2.0");
        assertThat(PowerShellModule.EXCHANGE.leastPowerShell("3.4.0")).isEqualTo("7.2");
        assertThat(PowerShellModule.EXCHANGE.leastPowerShell("3.5.0")).isEqualTo("7.4");
        assertThat(PowerShellModule.EXCHANGE.leastPowerShell("3.9.2")).isEqualTo("7.4");
        assertThat(PowerShellModule.EXCHANGE.leastPowerShell("3.10.0")).isEqualTo("7.6");
        assertThat(PowerShellModule.EXCHANGE.leastPowerShell("3.10.0-Preview1")).isEqualTo("7.6");
        assertThat(PowerShellModule.TEAMS.leastPowerShell("7.0.0")).isEqualTo("7.2");
    }

    @Test
    void connectIppsSessionIsNotOfferedOnMacOsNorWithADeviceCode() {
        assertThat(PowerShellModule.EXCHANGE.unavailableOn("Mac OS X")).hasValueSatisfying(why -> assertThat(why)
                .contains("not available in PowerShell 7 on macOS", "runbook"));
        assertThat(PowerShellModule.EXCHANGE.unavailableOn("Linux")).isEmpty();
        assertThat(PowerShellModule.TEAMS.unavailableOn("Mac OS X")).isEmpty();
        assertThat(PowerShellModule.EXCHANGE.hasDeviceCode()).isFalse();
        assertThat(PowerShellModule.TEAMS.hasDeviceCode()).isTrue();
    }
}
