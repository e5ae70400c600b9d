package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Change;
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

    /**
     * True when the admin confirmed {@code open} and {@code agreed} (the plan recording it) was saved into the plan
     * file; false after saying why not.
     */
    static boolean ask(List<Change> open, DeploymentPlan agreed, Path file, boolean confirmed, boolean interactive,
            PrintWriter out, PrintWriter err) throws IOException {
        out.println(open.size() == 1 ? "This change cuts someone off:" : "These changes cut someone off:");
        open.forEach(c -> out.println("  - " + c.narrows()));
        out.flush();
        if (!confirmed && !(interactive && Ask.yes(out, "Confirm " + (open.size() == 1 ? "it" : "them") + "?"))) {
            err.println("Not confirmed, so nothing was changed. To go on, apply again with --confirm-narrowing"
                    + " (recorded in " + file + "), or change the plan (e.g. keep federation open).");
            err.flush();
            return false;
        }
        try {
            PlanFiles.save(file, agreed);
        } catch (IOException e) {
            err.println("Could not record the confirmation in " + file + " (" + e.getMessage() + "). Nothing was"
                    + " changed.");
            err.flush();
            return false;
        }
        out.println("Recorded in " + file + " that you confirmed " + (open.size() == 1 ? "it." : "them."));
        out.flush();
        return true;
    }
}
