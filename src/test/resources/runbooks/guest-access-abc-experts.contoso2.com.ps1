# TenantBridge runbook for contoso2.com
# Plan: ABC experts guested into Contoso1 and Contoso2
# Run in PowerShell 7 as a Teams Administrator. Safe to run more than once.
#Requires -Version 7.0
$ErrorActionPreference = 'Stop'

Import-Module MicrosoftTeams
Connect-MicrosoftTeams

# 1. contoso2.com: turn on Teams guest access
Set-CsTeamsClientConfiguration -Identity Global -AllowGuestUser $true

# Also for contoso2.com (Microsoft Graph, in its plan file):
#   - contoso2.com: cross-tenant access for ABC — B2B collaboration inbound allowed; the other directions stay as they are
#   - contoso2.com: invite Expert1@abc.com as a guest
#   - contoso2.com: add Expert1@abc.com to the team “Remote Assist Experts”
#   - contoso2.com: invite Expert2@abc.com as a guest
#   - contoso2.com: add Expert2@abc.com to the team “Remote Assist Experts”
