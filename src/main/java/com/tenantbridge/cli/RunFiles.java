package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.JournalGuard;
import com.tenantbridge.service.journal.VerifiedJournal;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files a run writes besides the tenants: the plan's id, the journal's identity and the handout's place. */
final class RunFiles {

    /** Returned by {@link #handout} when it refused (after saying why). */
    static final Path REFUSED = Path.of(".refused");

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

    /**
     * Where this run's one-time passwords go. A resume adds only to the handout its journal names; a new run only
     * to a new file, never the journal or the plan. Null when none was given; {@link #REFUSED} after saying why.
     */
    static Path handout(VerifiedJournal earlier, Path given, Path journal, Path plan, PrintWriter err)
            throws IOException {
        Optional<String> named = earlier == null ? Optional.empty() : JournalGuard.handout(earlier);
        if (named.isPresent()) {
            Path own = Path.of(named.get());
            if (given != null && !same(given, own)) {
                return refuse(err, "This run's passwords are in " + own + "; a resume adds to that file only. Leave"
                        + " out --credentials, or give that file.");
            }
            return own;
        }
        if (given == null) {
            return null;
        }
        if (same(given, journal) || same(given, plan)) {
            return refuse(err, "The credentials handout " + given + " is the "
                    + (same(given, plan) ? "plan" : "journal") + " file: choose a new file for the passwords.");
        }
        if (Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
            return refuse(err, "The credentials handout " + given + " exists already: choose a new file (passwords"
                    + " are only ever written into a file TenantBridge creates).");
        }
        return given;
    }

    private static boolean same(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Path refuse(PrintWriter err, String why) {
        err.println(why + " Nothing was changed.");
        err.flush();
        return REFUSED;
    }
}
