# TenantBridge runbook for abc.com
# Plan: HoloLens technician of ABC invites the OEM expert
# Run in PowerShell 7 as a Teams Administrator. Safe to run more than once.
#Requires -Version 7.0
$ErrorActionPreference = 'Stop'

Import-Module MicrosoftTeams
Connect-MicrosoftTeams

# 1. abc.com: allow anonymous users to join meetings
Set-CsTeamsMeetingConfiguration -Identity Global -DisableAnonymousJoin $false

# 2. abc.com: meeting policy RA-Anon lets anonymous users join; automatically admitted: Everyone
if (Get-CsTeamsMeetingPolicy -Identity 'RA-Anon' -ErrorAction SilentlyContinue) {
    Set-CsTeamsMeetingPolicy -Identity 'RA-Anon' -AllowAnonymousUsersToJoinMeeting $true -AutoAdmittedUsers 'Everyone'
} else {
    New-CsTeamsMeetingPolicy -Identity 'RA-Anon' -AllowAnonymousUsersToJoinMeeting $true -AutoAdmittedUsers 'Everyone'
}

# 3. abc.com: assign the meeting policy RA-Anon to Technician1@abc.com
Grant-CsTeamsMeetingPolicy -Identity 'Technician1@abc.com' -PolicyName 'RA-Anon'
