package com.tenantbridge.service.plan;

import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.service.port.DirectoryService;
import com.tenantbridge.service.port.DirectoryUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imported accounts the host tenant has already. Not an error: the planner keeps such an account and only adds
 * the licences and groups it lacks, but its password is not handed out again, so the admin hears of it at import.
 */
public final class ExistingAccounts {

    private ExistingAccounts() {
    }

    /** One warning per account that exists, naming its spreadsheet row (header = row 1). */
    public static List<Problem> find(List<VendorAccount> imported, DirectoryService directory, String tenant) {
        List<String> upns = imported.stream().map(VendorAccount::userPrincipalName).distinct().toList();
        Map<String, DirectoryUser> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        found.putAll(directory.findUsers(upns));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            DirectoryUser user = found.get(imported.get(i).userPrincipalName());
            if (user != null) {
                problems.add(Problem.warning("row " + (i + 2) + ", column userPrincipalName", tenant
                        + " has this account already" + (user.displayName() == null ? "" : " (\u201c"
                        + user.displayName() + "\u201d)") + "; it is kept, not created again: it gets only the"
                        + " licences and groups it lacks, and no new password"));
            }
        }
        return problems;
    }
}
