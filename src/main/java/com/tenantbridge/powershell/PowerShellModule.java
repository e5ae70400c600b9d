package com.tenantbridge.powershell;

/**
 * The PowerShell modules TenantBridge drives, each with the least version that does what it is asked.
 * <ul>
 * <li>MicrosoftTeams needs PowerShell 7.2 or later (learn.microsoft.com/microsoftteams/teams-powershell-install).
 * Its reference (connect-microsoftteams) says only that 4.x and later need no basic authentication; it names no
 * least version for the -Cs cmdlets used here, so 4.0.0 is asked and README says the docs are unclear.</li>
 * <li>ExchangeOnlineManagement: Connect-IPPSSession -AccessToken exists "in module version 3.8.0-Preview1 or later"
 * (connect-ippssession); "Version 3.2.0 (June 2023) or later fully supports REST API cmdlets in Security &amp;
 * Compliance PowerShell", and 3.5.0 to 3.9.2 need PowerShell 7.4, 3.10.0 and later 7.6; Connect-IPPSSession "isn't
 * available in PowerShell 7 on macOS clients" (learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2).
 * Connect-IPPSSession has no device-code sign-in.</li>
 * </ul>
 */
public enum PowerShellModule {
    TEAMS("MicrosoftTeams", "Teams PowerShell", "4.0.0", "4.0.0"),
    EXCHANGE("ExchangeOnlineManagement", "Security & Compliance PowerShell", "3.2.0", "3.8.0");

    /** PowerShell 7.2 or later: the Teams module's documented requirement, and pwsh's own LTS line. */
    public static final String LEAST_POWERSHELL = "7.2";

    private final String moduleName;
    private final String label;
    private final String leastForOwnSignIn;
    private final String leastForTokens;

    PowerShellModule(String moduleName, String label, String leastForOwnSignIn, String leastForTokens) {
        this.moduleName = moduleName;
        this.label = label;
        this.leastForOwnSignIn = leastForOwnSignIn;
        this.leastForTokens = leastForTokens;
    }

    public String moduleName() {
        return moduleName;
    }

    public String label() {
        return label;
    }

    /** The least version for the way it signs in: by itself, or with TenantBridge's tokens. */
    public String least(boolean tokens) {
        return tokens ? leastForTokens : leastForOwnSignIn;
    }

    /** The least PowerShell 7 this version of the module runs on (its .NET dependencies). */
    public String leastPowerShell(String moduleVersion) {
        if (this == EXCHANGE && atLeast(moduleVersion, "3.10.0")) {
            return "7.6";
        }
        if (this == EXCHANGE && atLeast(moduleVersion, "3.5.0")) {
            return "7.4";
        }
        return LEAST_POWERSHELL;
    }

    /** Why the module cannot sign in on this operating system ({@code os.name}), if it cannot. */
    public java.util.Optional<String> unavailableOn(String osName) {
        if (this == EXCHANGE && osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("mac")) {
            return java.util.Optional.of("Connect-IPPSSession, and so Security & Compliance PowerShell, is not"
                    + " available in PowerShell 7 on macOS: run the runbook on Windows or Linux");
        }
        return java.util.Optional.empty();
    }

    /** Whether its sign-in can show a device code (Connect-IPPSSession has no such option). */
    public boolean hasDeviceCode() {
        return this == TEAMS;
    }

    /** What an admin types to get it. */
    public String install() {
        return "Install-Module " + moduleName + " -Scope CurrentUser";
    }

    /** Whether {@code found} (e.g. "7.4.6", "3.8.0-Preview1") is at least {@code least}; a blank one is not. */
    public static boolean atLeast(String found, String least) {
        if (found == null || found.isBlank()) {
            return false;
        }
        String[] f = found.strip().split("[.-]");
        String[] l = least.split("\\.");
        for (int i = 0; i < l.length; i++) {
            int have = i < f.length && f[i].matches("\\d+") ? Integer.parseInt(f[i]) : 0;
            int need = Integer.parseInt(l[i]);
            if (have != need) {
                return have > need;
            }
        }
        return true;
    }
}
