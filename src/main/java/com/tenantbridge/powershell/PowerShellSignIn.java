package com.tenantbridge.powershell;

import com.tenantbridge.service.change.PowerShellText;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How a module signs in to a tenant. By default the module signs in itself, as the admin (interactively, or with
 * a device code when the admin signed in to TenantBridge that way); only with TenantBridge's own app registration,
 * which the admin consented to for the Teams admin API and Security &amp; Compliance, are TenantBridge's tokens
 * handed over ({@code tokens} not null), because a Microsoft-owned client is not pre-authorised for those resources.
 */
public record PowerShellSignIn(Supplier<String> tenantId, String account, boolean deviceCode,
        Supplier<Map<String, String>> tokens) {

    boolean handsOverTokens() {
        return tokens != null;
    }

    /**
     * The lines that load the module and sign in. Connect-MicrosoftTeams: -TenantId and -AccountId with the user's
     * own sign-in, -UseDeviceAuthentication for a device code, -AccessTokens (Graph, then Teams admin API) for a hand
     * over (learn.microsoft.com/powershell/module/microsoftteams/connect-microsoftteams). Connect-IPPSSession: a
     * user's sign-in with -UserPrincipalName; a delegated -AccessToken also with -UserPrincipalName, since
     * -Organization is for certificate-based (app-only) sign-in and wants the tenant's .onmicrosoft.com domain
     * (learn.microsoft.com/powershell/module/exchangepowershell/connect-ippssession). The page does not say which
     * token types go with which parameter; README says so.
     */
    String connect(PowerShellModule module) {
        String q = PowerShellText.q(account);
        return switch (module) {
            case TEAMS -> "Import-Module MicrosoftTeams\n" + (handsOverTokens()
                    ? "Connect-MicrosoftTeams -AccessTokens @($env:TB_GRAPH_TOKEN, $env:TB_TEAMS_TOKEN) | Out-Null\n"
                    : "Connect-MicrosoftTeams -TenantId " + PowerShellText.q(tenantId.get()) + " -AccountId " + q
                            + (deviceCode ? " -UseDeviceAuthentication" : "") + " | Out-Null\n");
            case EXCHANGE -> "Import-Module ExchangeOnlineManagement\n" + (handsOverTokens()
                    ? "Connect-IPPSSession -AccessToken $env:TB_SCC_TOKEN -UserPrincipalName " + q
                            + " -ShowBanner:$false | Out-Null\n"
                    : "Connect-IPPSSession -UserPrincipalName " + q + " -ShowBanner:$false | Out-Null\n");
        };
    }
}
