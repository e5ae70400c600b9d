package com.tenantbridge.service.plan;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TenantRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a handover goes and what it is called: a run's handover folder beside its journal, and in a handover
 * folder each tenant's runbook and plan file and the organizer's meeting. Named here once, so a run can hold its
 * other files against them before it writes anything ({@link OutputFiles}).
 */
public final class HandoverNames {

    private HandoverNames() {
    }

    /** The folder a run's handover goes into: the journal's name without .jsonl, then -handover. */
    public static Path folderFor(Path journal) {
        String name = journal.getFileName().toString().replaceFirst("\\.jsonl$", "");
        return journal.toAbsolutePath().resolveSibling(name + "-handover");
    }

    public static String runbook(String tenant) {
        return tenant + ".ps1";
    }

    public static String plan(String tenant) {
        return tenant + ".plan.json";
    }

    /** The meeting's files' common start: the organizer's address with only file-name-safe characters. */
    public static String meeting(String organizer) {
        return organizer.replaceAll("[^A-Za-z0-9._-]", "_") + "-meeting";
    }

    /** Every file a handover of {@code plan} may write, whichever tenants it ends up handing over. */
    public static List<String> all(DeploymentPlan plan) {
        Set<String> tenants = new LinkedHashSet<>();
        add(tenants, plan.hostTenant());
        if (plan.federation() != null) {
            plan.federation().partners().forEach(p -> add(tenants, p == null ? null : p.tenant()));
        }
        if (plan.guestAccess() != null) {
            plan.guestAccess().targets().forEach(t -> add(tenants, t == null ? null : t.tenant()));
        }
        List<String> names = new ArrayList<>();
        for (String t : tenants) {
            names.add(runbook(t));
            names.add(plan(t));
        }
        if (plan.anonymousJoin() != null && plan.anonymousJoin().meeting() != null
                && plan.anonymousJoin().meeting().organizer() != null) {
            String base = meeting(plan.anonymousJoin().meeting().organizer());
            names.add(base + ".ics");
            names.add(base + "-steps.md");
        }
        return names;
    }

    private static void add(Set<String> tenants, TenantRef t) {
        if (t != null && t.domain() != null) {
            tenants.add(t.domain());
        }
    }
}
