# TenantBridge runbook for abc.com
# Plan: ABC service accounts for Vendor1, Vendor2 and a contractor
# Run in PowerShell 7 as a Teams Administrator and a Compliance Administrator. Safe to run more than once.
#Requires -Version 7.0
$ErrorActionPreference = 'Stop'

Import-Module ExchangeOnlineManagement
Connect-IPPSSession

# Before the information barriers (Microsoft's order):
# a. Admin consent for barriers in Teams: as a Global Administrator open
#    https://login.microsoftonline.com/common/adminconsent?client_id=bcf62038-e005-436d-b970-2a472f8c1982
# b. Teams admin center > Teams settings > Search by name: scope directory search using an
#    Exchange address book policy, then wait 24 hours.
# c. Exchange Online PowerShell (Connect-ExchangeOnline): audit logging on
#    (Get-AdminAuditLogConfig | Format-List UnifiedAuditLogIngestionEnabled), and no address book
#    policies (Get-AddressBookPolicy returns nothing).
Read-Host 'Press Enter once all of the above is done' | Out-Null

# 1. abc.com: segment V1_RemoteAssistUser = MemberOf -eq 'V1_RemoteAssistUser@abc.com'
if (Get-OrganizationSegment -Identity 'V1_RemoteAssistUser' -ErrorAction SilentlyContinue) {
    Set-OrganizationSegment -Identity 'V1_RemoteAssistUser' -UserGroupFilter "MemberOf -eq 'V1_RemoteAssistUser@abc.com'"
} else {
    New-OrganizationSegment -Name 'V1_RemoteAssistUser' -UserGroupFilter "MemberOf -eq 'V1_RemoteAssistUser@abc.com'"
}

# 2. abc.com: segment V1_SupportEngineer = MemberOf -eq 'V1_SupportEngineer@abc.com'
if (Get-OrganizationSegment -Identity 'V1_SupportEngineer' -ErrorAction SilentlyContinue) {
    Set-OrganizationSegment -Identity 'V1_SupportEngineer' -UserGroupFilter "MemberOf -eq 'V1_SupportEngineer@abc.com'"
} else {
    New-OrganizationSegment -Name 'V1_SupportEngineer' -UserGroupFilter "MemberOf -eq 'V1_SupportEngineer@abc.com'"
}

# 3. abc.com: segment V2_RemoteAssistUser = MemberOf -eq 'V2_RemoteAssistUser@abc.com'
if (Get-OrganizationSegment -Identity 'V2_RemoteAssistUser' -ErrorAction SilentlyContinue) {
    Set-OrganizationSegment -Identity 'V2_RemoteAssistUser' -UserGroupFilter "MemberOf -eq 'V2_RemoteAssistUser@abc.com'"
} else {
    New-OrganizationSegment -Name 'V2_RemoteAssistUser' -UserGroupFilter "MemberOf -eq 'V2_RemoteAssistUser@abc.com'"
}

# 4. abc.com: segment V2_SupportEngineer = MemberOf -eq 'V2_SupportEngineer@abc.com'
if (Get-OrganizationSegment -Identity 'V2_SupportEngineer' -ErrorAction SilentlyContinue) {
    Set-OrganizationSegment -Identity 'V2_SupportEngineer' -UserGroupFilter "MemberOf -eq 'V2_SupportEngineer@abc.com'"
} else {
    New-OrganizationSegment -Name 'V2_SupportEngineer' -UserGroupFilter "MemberOf -eq 'V2_SupportEngineer@abc.com'"
}

# 5. abc.com: segment V3_RemoteAssistUser = MemberOf -eq 'V3_RemoteAssistUser@abc.com'
if (Get-OrganizationSegment -Identity 'V3_RemoteAssistUser' -ErrorAction SilentlyContinue) {
    Set-OrganizationSegment -Identity 'V3_RemoteAssistUser' -UserGroupFilter "MemberOf -eq 'V3_RemoteAssistUser@abc.com'"
} else {
    New-OrganizationSegment -Name 'V3_RemoteAssistUser' -UserGroupFilter "MemberOf -eq 'V3_RemoteAssistUser@abc.com'"
}

# 6. abc.com: segment V3_SupportEngineer = MemberOf -eq 'V3_SupportEngineer@abc.com'
if (Get-OrganizationSegment -Identity 'V3_SupportEngineer' -ErrorAction SilentlyContinue) {
    Set-OrganizationSegment -Identity 'V3_SupportEngineer' -UserGroupFilter "MemberOf -eq 'V3_SupportEngineer@abc.com'"
} else {
    New-OrganizationSegment -Name 'V3_SupportEngineer' -UserGroupFilter "MemberOf -eq 'V3_SupportEngineer@abc.com'"
}

# 7. abc.com: policy V1_RemoteAssistUser-allow — V1_RemoteAssistUser may reach only V1_RemoteAssistUser, V1_SupportEngineer (created inactive)
$policy = Get-InformationBarrierPolicy -Identity 'V1_RemoteAssistUser-allow' -ErrorAction SilentlyContinue
if ($policy -and ("$($policy.AssignedSegment)" -ne 'V1_RemoteAssistUser' -or (@($policy.SegmentsAllowed) -join '|') -ne 'V1_RemoteAssistUser|V1_SupportEngineer')) {
    # Its segments changed: Microsoft has it removed and created again rather than edited.
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force
    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false
    $policy = $null
}
if (-not $policy) {
    New-InformationBarrierPolicy -Name 'V1_RemoteAssistUser-allow' -AssignedSegment 'V1_RemoteAssistUser' -SegmentsAllowed 'V1_RemoteAssistUser','V1_SupportEngineer' -State Inactive -Force
}

# 8. abc.com: policy V1_SupportEngineer-allow — V1_SupportEngineer may reach only V1_SupportEngineer, V1_RemoteAssistUser (created inactive)
$policy = Get-InformationBarrierPolicy -Identity 'V1_SupportEngineer-allow' -ErrorAction SilentlyContinue
if ($policy -and ("$($policy.AssignedSegment)" -ne 'V1_SupportEngineer' -or (@($policy.SegmentsAllowed) -join '|') -ne 'V1_SupportEngineer|V1_RemoteAssistUser')) {
    # Its segments changed: Microsoft has it removed and created again rather than edited.
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force
    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false
    $policy = $null
}
if (-not $policy) {
    New-InformationBarrierPolicy -Name 'V1_SupportEngineer-allow' -AssignedSegment 'V1_SupportEngineer' -SegmentsAllowed 'V1_SupportEngineer','V1_RemoteAssistUser' -State Inactive -Force
}

# 9. abc.com: policy V2_RemoteAssistUser-allow — V2_RemoteAssistUser may reach only V2_RemoteAssistUser, V2_SupportEngineer (created inactive)
$policy = Get-InformationBarrierPolicy -Identity 'V2_RemoteAssistUser-allow' -ErrorAction SilentlyContinue
if ($policy -and ("$($policy.AssignedSegment)" -ne 'V2_RemoteAssistUser' -or (@($policy.SegmentsAllowed) -join '|') -ne 'V2_RemoteAssistUser|V2_SupportEngineer')) {
    # Its segments changed: Microsoft has it removed and created again rather than edited.
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force
    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false
    $policy = $null
}
if (-not $policy) {
    New-InformationBarrierPolicy -Name 'V2_RemoteAssistUser-allow' -AssignedSegment 'V2_RemoteAssistUser' -SegmentsAllowed 'V2_RemoteAssistUser','V2_SupportEngineer' -State Inactive -Force
}

# 10. abc.com: policy V2_SupportEngineer-allow — V2_SupportEngineer may reach only V2_SupportEngineer, V2_RemoteAssistUser (created inactive)
$policy = Get-InformationBarrierPolicy -Identity 'V2_SupportEngineer-allow' -ErrorAction SilentlyContinue
if ($policy -and ("$($policy.AssignedSegment)" -ne 'V2_SupportEngineer' -or (@($policy.SegmentsAllowed) -join '|') -ne 'V2_SupportEngineer|V2_RemoteAssistUser')) {
    # Its segments changed: Microsoft has it removed and created again rather than edited.
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force
    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false
    $policy = $null
}
if (-not $policy) {
    New-InformationBarrierPolicy -Name 'V2_SupportEngineer-allow' -AssignedSegment 'V2_SupportEngineer' -SegmentsAllowed 'V2_SupportEngineer','V2_RemoteAssistUser' -State Inactive -Force
}

# 11. abc.com: policy V3_RemoteAssistUser-allow — V3_RemoteAssistUser may reach only V3_RemoteAssistUser, V3_SupportEngineer (created inactive)
$policy = Get-InformationBarrierPolicy -Identity 'V3_RemoteAssistUser-allow' -ErrorAction SilentlyContinue
if ($policy -and ("$($policy.AssignedSegment)" -ne 'V3_RemoteAssistUser' -or (@($policy.SegmentsAllowed) -join '|') -ne 'V3_RemoteAssistUser|V3_SupportEngineer')) {
    # Its segments changed: Microsoft has it removed and created again rather than edited.
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force
    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false
    $policy = $null
}
if (-not $policy) {
    New-InformationBarrierPolicy -Name 'V3_RemoteAssistUser-allow' -AssignedSegment 'V3_RemoteAssistUser' -SegmentsAllowed 'V3_RemoteAssistUser','V3_SupportEngineer' -State Inactive -Force
}

# 12. abc.com: policy V3_SupportEngineer-allow — V3_SupportEngineer may reach only V3_SupportEngineer, V3_RemoteAssistUser (created inactive)
$policy = Get-InformationBarrierPolicy -Identity 'V3_SupportEngineer-allow' -ErrorAction SilentlyContinue
if ($policy -and ("$($policy.AssignedSegment)" -ne 'V3_SupportEngineer' -or (@($policy.SegmentsAllowed) -join '|') -ne 'V3_SupportEngineer|V3_RemoteAssistUser')) {
    # Its segments changed: Microsoft has it removed and created again rather than edited.
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force
    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false
    $policy = $null
}
if (-not $policy) {
    New-InformationBarrierPolicy -Name 'V3_SupportEngineer-allow' -AssignedSegment 'V3_SupportEngineer' -SegmentsAllowed 'V3_SupportEngineer','V3_RemoteAssistUser' -State Inactive -Force
}

# 13. abc.com: activate the policy V1_RemoteAssistUser-allow
$policy = Get-InformationBarrierPolicy -Identity 'V1_RemoteAssistUser-allow'
if ("$($policy.State)" -ne 'Active') {
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active
}

# 14. abc.com: activate the policy V1_SupportEngineer-allow
$policy = Get-InformationBarrierPolicy -Identity 'V1_SupportEngineer-allow'
if ("$($policy.State)" -ne 'Active') {
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active
}

# 15. abc.com: activate the policy V2_RemoteAssistUser-allow
$policy = Get-InformationBarrierPolicy -Identity 'V2_RemoteAssistUser-allow'
if ("$($policy.State)" -ne 'Active') {
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active
}

# 16. abc.com: activate the policy V2_SupportEngineer-allow
$policy = Get-InformationBarrierPolicy -Identity 'V2_SupportEngineer-allow'
if ("$($policy.State)" -ne 'Active') {
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active
}

# 17. abc.com: activate the policy V3_RemoteAssistUser-allow
$policy = Get-InformationBarrierPolicy -Identity 'V3_RemoteAssistUser-allow'
if ("$($policy.State)" -ne 'Active') {
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active
}

# 18. abc.com: activate the policy V3_SupportEngineer-allow
$policy = Get-InformationBarrierPolicy -Identity 'V3_SupportEngineer-allow'
if ("$($policy.State)" -ne 'Active') {
    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active
}

# 19. abc.com: apply the information-barrier policies (about 30 minutes to start in Microsoft 365)
Start-InformationBarrierPoliciesApplication
# Takes about 30 minutes to start (up to 24 hours in large tenants). Check on it with:
Get-InformationBarrierPoliciesApplicationStatus
