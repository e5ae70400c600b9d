# TenantBridge runbook for abc.com
# Plan: ABC federates with Contoso1 and Contoso2
# Run in PowerShell 7 as a Teams Administrator. Safe to run more than once.
#Requires -Version 7.0
$ErrorActionPreference = 'Stop'

Import-Module MicrosoftTeams
Connect-MicrosoftTeams

# 1. abc.com: allow specific domains, allowing contoso1.com, contoso2.com
$federation = Get-CsTenantFederationConfiguration
$allowed = @($federation.AllowedDomains.AllowedDomain | ForEach-Object { $_.Domain })
$wanted = @('contoso1.com','contoso2.com')
$missing = @($wanted | Where-Object { $allowed -notcontains $_ })
if ($allowed.Count -eq 0) {
    # AllowAllKnownDomains or an empty list: replace it with the partner domains.
    $patterns = @($wanted | ForEach-Object { New-CsEdgeDomainPattern -Domain $_ })
    $list = New-CsEdgeAllowList -AllowedDomain $patterns
    Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomains $list
} elseif ($missing.Count -gt 0 -or -not $federation.AllowFederatedUsers) {
    Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomainsAsAList @{Add=$missing}
}
