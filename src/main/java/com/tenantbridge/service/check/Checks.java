package com.tenantbridge.service.check;

import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.UnreachableException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects results; a check whose read fails becomes UNKNOWN (unreachable) or FAIL, never a crash. */
final class Checks {

    final List<CheckResult> results = new ArrayList<>();

    void add(CheckResult r) {
        results.add(r);
    }

    void run(String id, String tenant, String title, Supplier<CheckResult> check) {
        try {
            results.add(check.get());
        } catch (UnreachableException e) {
            results.add(CheckResult.unknown(id, tenant, title, e.getMessage(), "Run the tenant's runbook in PowerShell 7"
                    + " with the MicrosoftTeams and ExchangeOnlineManagement modules, then run verify."));
        } catch (PortException e) {
            results.add(CheckResult.fail(id, tenant, title, "Could not read it: " + e.getMessage(),
                    "Check the connection and the admin's permissions in " + tenant + ", then run the checks again."));
        }
    }
}
