package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.powershell.Runbooks;
import com.tenantbridge.service.engine.Change;
import com.tenantbridge.service.engine.PartnerPlans;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The runbook and plan file for each tenant this run could not reach, for that tenant's admin. */
final class Handover {

    private Handover() {
    }

    static void write(Path dir, DeploymentPlan plan, PlanResult result, PrintWriter out) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<Change>> e : result.offline().entrySet()) {
            String tenant = e.getKey();
            Path runbook = dir.resolve(tenant + ".ps1");
            Files.writeString(runbook, Runbooks.forTenant(tenant, plan.displayName(), e.getValue()), StandardCharsets.UTF_8);
            Path planFile = dir.resolve(tenant + ".plan.json");
            PlanFiles.save(planFile, PartnerPlans.forTenant(plan, tenant));
            out.println("Wrote " + runbook + " and " + planFile + " for " + tenant + "'s admin.");
        }
        if (result.offline().isEmpty()) {
            out.println("Every tenant of the plan is reachable: no handover needed.");
        }
        out.flush();
    }
}
