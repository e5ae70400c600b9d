package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.Change;
import com.tenantbridge.service.engine.NarrowingConfirmations;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Before apply writes anything: the changes that cut someone off are named, and run only once confirmed
 * ({@code --confirm-narrowing}, or y at the terminal); the confirmation goes into the plan file, so the plan shows
 * what its admin agreed to.
 */
final class NarrowingConsent {

    private NarrowingConsent() {
    }

    /** The plan with its narrowing confirmed (the same plan when nothing narrows), or null after saying why not. */
    static DeploymentPlan ask(DeploymentPlan plan, PlanResult planned, Path file, boolean confirmed,
            boolean interactive, PrintWriter out, PrintWriter err) throws IOException {
        List<Change> open = NarrowingConfirmations.unconfirmed(plan, planned);
        if (open.isEmpty()) {
            return plan;
        }
        out.println(open.size() == 1 ? "This change cuts someone off:" : "These changes cut someone off:");
        open.forEach(c -> out.println("  - " + c.narrows()));
        out.flush();
        if (!confirmed && !(interactive && Ask.yes(out, "Confirm " + (open.size() == 1 ? "it" : "them") + "?"))) {
            err.println("Not confirmed, so nothing was changed. To go on, apply again with --confirm-narrowing"
                    + " (recorded in " + file + "), or change the plan (e.g. keep federation open).");
            err.flush();
            return null;
        }
        DeploymentPlan agreed = NarrowingConfirmations.confirm(plan, open);
        try {
            PlanFiles.save(file, agreed);
        } catch (IOException e) {
            err.println("Could not record the confirmation in " + file + " (" + e.getMessage() + "). Nothing was"
                    + " changed.");
            err.flush();
            return null;
        }
        out.println("Recorded in " + file + " that you confirmed " + (open.size() == 1 ? "it." : "them."));
        out.flush();
        return agreed;
    }
}
