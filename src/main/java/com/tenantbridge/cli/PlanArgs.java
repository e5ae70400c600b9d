package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.service.Clocks;
import com.tenantbridge.service.plan.PlanDates;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every engine command shares. */
final class PlanArgs {

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The plan file (JSON).")
    Path plan;

    @Option(names = "--tenant", paramLabel = "TENANT", description = "Where to run: demo (default; starts the demo"
            + " tenant in this process), demo@http://127.0.0.1:PORT (a running one), or a Microsoft 365 tenant's"
            + " domain or id (repeatable, one sign-in each).")
    List<String> tenants = new ArrayList<>(List.of("demo"));

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--organizer-sign-in", description = "Anonymous join: the meeting's organizer signs in too (a"
            + " second device-code sign-in), so their meeting is made on their calendar from here; without it the"
            + " meeting is handed over to them as an .ics with steps.")
    boolean organizerSignIn;

    /**
     * The plan, or null after printing every problem (the caller exits 2). A well-formed plan that would not give
     * people what its scenario is for is still read: check and verify name what breaks it, reach shows it,
     * rollback undoes it; only {@link #loadToApply} refuses it.
     */
    DeploymentPlan load(PrintWriter err) {
        return load(err, false);
    }

    /** The plan to set up: refused also when it would not reach whom it must. */
    DeploymentPlan loadToApply(PrintWriter err) {
        return load(err, true);
    }

    private DeploymentPlan load(PrintWriter err, boolean intent) {
        PlanLoadResult read = PlanFiles.load(plan);
        PlanDates.Dated dated = read.plan() == null ? null : PlanDates.at(read.plan(), Clocks.systemUtc());
        // Only a plan to apply is refused for a past meeting; one read to check, verify or undo stays readable.
        PlanLoadResult result = dated == null ? read : intent ? PlanDates.judged(read, dated)
                : PlanDates.judged(read, new PlanDates.Dated(dated.plan(), List.of(), dated.note()));
        if (dated != null && dated.note() != null && result.isValid()) {
            err.println(dated.note());
            err.flush();
        }
        boolean refused = intent ? !result.isValid() : !result.wellFormed();
        if (refused) {
            err.println(plan + " cannot be used:");
            for (Problem p : result.problems()) {
                err.printf("  %-7s %s%n", p.isError() ? "error" : "warning", p);
            }
            err.flush();
            return null;
        }
        return result.plan();
    }
}
