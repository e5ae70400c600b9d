package com.tenantbridge.domain.plan;

/** Values of Set-CsTeamsMeetingPolicy -AutoAdmittedUsers, spelled as PowerShell takes them. */
public enum AutoAdmittedUsers {
    EveryoneInCompany,
    EveryoneInSameAndFederatedCompany,
    Everyone,
    OrganizerOnly,
    EveryoneInCompanyExcludingGuests,
    InvitedUsers
}
