package com.tenantbridge.service.handover;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PartnerPlans;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.plan.HandoverNames;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runbook and plan file for each tenant a run could not reach, for that tenant's admin; and the meeting, as an
 * .ics with its steps, for an organizer who did not sign in.
 */
public final class Handover {

    private Handover() {
    }

    /** Writes them into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir, DeploymentPlan plan, PlanResult result) throws IOException {
        return write(dir, plan, result.offline());
    }

    /**
     * The same for the changes a run left to a runbook, by tenant: those planned offline and those PowerShell could
     * not do when they came up.
     */
    public static List<Path> write(Path dir, DeploymentPlan plan, Map<String, List<Change>> byTenant)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<Change>> e : byTenant.entrySet()) {
            String tenant = e.getKey();
            Path runbook = dir.resolve(HandoverNames.runbook(tenant));
            Files.writeString(runbook, Runbooks.forTenant(tenant, plan.displayName(), e.getValue()),
                    StandardCharsets.UTF_8);
            Path planFile = dir.resolve(HandoverNames.plan(tenant));
            PlanFiles.save(planFile, PartnerPlans.forTenant(plan, tenant));
            written.add(runbook);
            written.add(planFile);
            if (e.getValue().stream().anyMatch(c -> c.kind() == com.tenantbridge.service.change.ChangeKind
                    .SCHEDULE_MEETING) && plan.anonymousJoin() != null) {
                written.addAll(MeetingHandover.write(dir, plan));
            }
        }
        return written;
    }
}
