package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.CrossTenantAccess;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import com.tenantbridge.service.port.UnreachableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects results; a check whose read fails becomes UNKNOWN (unreachable) or FAIL, never a crash. Holds the checks
 * two scenarios share.
 */
final class Checks {

    final List<CheckResult> results = new ArrayList<>();

    void add(CheckResult r) {
        results.add(r);
    }

    void run(String id, String tenant, String title, Supplier<CheckResult> check) {
        try {
            results.add(check.get());
        } catch (UnreachableException e) {
            results.add(CheckResult.unknown(id, tenant, title, e.getMessage(),
                    "Run the tenant's runbook in PowerShell 7"
                    + " with the MicrosoftTeams and ExchangeOnlineManagement modules, then run verify."));
        } catch (PortException e) {
            results.add(CheckResult.fail(id, tenant, title, "Could not read it: " + e.getMessage(),
                    "Check the connection and the admin's permissions in " + tenant + ", then run the checks again."));
        }
    }

    /** Opening B2B inbound for one partner is fine only if the default stays blocked. */
    static void inboundBaseline(Checks c, TenantConnections connections, String tenant, CrossTenantAccess wanted,
            String partner) {
        if (wanted.b2bCollaborationInbound() != AccessSetting.ALLOWED) {
            return;
        }
        String title = "B2B collaboration inbound is opened for " + partner + " only";
        Optional<TenantPorts> ports = connections.ports(tenant);
        if (ports.isEmpty()) {
            c.add(CheckResult.unknown("XTA-01", tenant, title, "Not signed in to " + tenant + ".", null)
                    .withRule(Checker.CISA_AAD_8_3));
            return;
        }
        c.run("XTA-01", tenant, title, () -> {
            PartnerSettings d = ports.get().crossTenantAccess().defaultSettings();
            if (d.b2bCollaborationInbound() == AccessSetting.BLOCKED) {
                return CheckResult.pass("XTA-01", tenant, title, "The default blocks inbound B2B collaboration; only"
                        + " " + partner + " is opened.").withRule(Checker.CISA_AAD_8_3);
            }
            return CheckResult.warn("XTA-01", tenant, title, "The default allows inbound B2B collaboration from every"
                    + " tenant, so opening " + partner + " adds nothing and the baseline is not met.",
                    "Block inbound B2B collaboration in the default cross-tenant access settings and keep " + partner
                            + " allowed as a partner.").withRule(Checker.CISA_AAD_8_3);
        });
    }
}
