package com.tenantbridge.service.check;

import com.tenantbridge.service.port.TenantPorts;

/**
 * What Microsoft asks for before the first information-barrier policy ("Get started with information barriers",
 * learn.microsoft.com/purview/information-barriers-policies, step 1): admin consent for the barrier processor in
 * Teams, Teams scoped directory search (and the wait after it), audit logging on, and no Exchange address book
 * policies. The consent is read through Microsoft Graph; the others live in the Teams admin center and Exchange
 * Online PowerShell, which TenantBridge does not sign in to, so they are unknown with the command that shows them.
 */
final class BarrierPrerequisites {

    /** The application id Microsoft names for information barriers in Microsoft Teams. */
    static final String PROCESSOR_APP_ID = "bcf62038-e005-436d-b970-2a472f8c1982";
    private static final String PAGE = " (Microsoft Purview: Get started with information barriers).";

    private BarrierPrerequisites() {
    }

    static void check(Checks c, String tenant, TenantPorts p) {
        String consent = "Admin consent for information barriers in Teams";
        c.run("IB-01", tenant, consent, () -> p.directory().servicePrincipalPresent(PROCESSOR_APP_ID)
                ? CheckResult.pass("IB-01", tenant, consent, "The barrier processor (" + PROCESSOR_APP_ID + ") has a"
                        + " service principal in " + tenant + ": consent was given.")
                : CheckResult.fail("IB-01", tenant, consent, "The barrier processor (" + PROCESSOR_APP_ID + ") has no"
                        + " service principal in " + tenant + ": nobody consented to it, so Teams would not apply the"
                        + " barriers.", "As a Global Administrator, open https://login.microsoftonline.com/common/"
                        + "adminconsent?client_id=" + PROCESSOR_APP_ID + " and accept" + PAGE));
        c.add(CheckResult.unknown("IB-02", tenant, "Teams scoped directory search", "Not readable through Microsoft"
                + " Graph or the Teams cmdlets TenantBridge uses.", "Teams admin center \u2192 Teams settings \u2192"
                + " Search by name: turn on \u201cScope directory search using an Exchange address book policy\u201d,"
                + " then wait 24 hours before the policies are applied" + PAGE));
        c.add(CheckResult.unknown("IB-03", tenant, "Audit logging is on", "Shown in Exchange Online PowerShell"
                + " (Connect-ExchangeOnline): Get-AdminAuditLogConfig | Format-List UnifiedAuditLogIngestionEnabled.",
                "If it is False: Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled $true" + PAGE));
        c.add(CheckResult.unknown("IB-04", tenant, "No Exchange address book policies", "Shown in Exchange Online"
                + " PowerShell (Connect-ExchangeOnline): Get-AddressBookPolicy.", "Remove every address book policy"
                + " (Remove-AddressBookPolicy) first: barriers cannot be set up while any exists" + PAGE));
    }
}
