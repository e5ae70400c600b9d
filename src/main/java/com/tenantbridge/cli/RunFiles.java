package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What a run settles with its files before it starts: the plan's id, and whether an earlier journal is refused. */
final class RunFiles {

    private RunFiles() {
    }

    /**
     * The plan with an id: a plan file from before plan ids gets one, saved into the file, since its runs are found
     * by it. Null (after saying why) when the file cannot take it.
     */
    static DeploymentPlan withPlanId(DeploymentPlan plan, Path file, PrintWriter err) {
        if (plan.planId() != null) {
            return plan;
        }
        DeploymentPlan identified = plan.withPlanId(DeploymentPlan.newId());
        try {
            PlanFiles.save(file, identified);
        } catch (IOException e) {
            err.println("Could not save a plan id into " + file + " (" + e.getMessage() + "): add \"planId\": \""
                    + identified.planId() + "\" to it, then run again. Nothing was changed.");
            err.flush();
            return null;
        }
        err.println("Gave " + file + " the plan id " + identified.planId() + ", so its runs can be found again.");
        err.flush();
        return identified;
    }

    /** True when there is nothing to refuse, or {@code force} says go on (the problems are printed either way). */
    static boolean accepted(List<String> problems, boolean force, PrintWriter err) {
        if (problems.isEmpty()) {
            return true;
        }
        problems.forEach(p -> err.println((force ? "warning: " : "refused: ") + p));
        if (!force) {
            err.println("Nothing was changed. Give --force to go on anyway.");
        }
        err.flush();
        return force;
    }
}
