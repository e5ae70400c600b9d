package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.PlanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints what {@link com.tenantbridge.service.handover.Handover} wrote. */
final class Handover {

    private Handover() {
    }

    static void write(Path dir, DeploymentPlan plan, PlanResult result, PrintWriter out) throws IOException {
        List<Path> files = com.tenantbridge.service.handover.Handover.write(dir, plan, result);
        files.forEach(f -> out.println("Wrote " + f));
        if (files.isEmpty()) {
            out.println("Every tenant of the plan is reachable: no handover needed.");
        }
        out.flush();
    }
}
