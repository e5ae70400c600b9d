package com.tenantbridge.powershell;

/**
 * The PowerShell modules TenantBridge drives, each with the least version that does what it is asked.
 * <ul>
 * <li>MicrosoftTeams needs PowerShell 7.2 or later (learn.microsoft.com/microsoftteams/teams-powershell-install).
 * Its reference (connect-microsoftteams) says only that 4.x and later need no basic authentication; it names no
 * least version for the -Cs cmdlets used here, so 4.0.0 is asked and README says the docs are unclear.</li>
 * <li>ExchangeOnlineManagement: Connect-IPPSSession -AccessToken exists "in module version 3.8.0-Preview1 or later"
 * (connect-ippssession); a user's own sign-in needs the REST-based 3.0.0 or later.</li>
 * </ul>
 */
public enum PowerShellModule {
    TEAMS("MicrosoftTeams", "Teams PowerShell", "4.0.0", "4.0.0"),
    EXCHANGE("ExchangeOnlineManagement", "Security & Compliance PowerShell", "3.0.0", "3.8.0");

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
