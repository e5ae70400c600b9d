package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a run's one-time passwords go. A resume adds only to the handout its journal names; a new run only to a
 * new file, never the journal or the plan (CredentialsHandout.create refuses an existing file again when it opens
 * it, in case one appeared since).
 *
 * @param file    the handout to write, or null when none is named yet
 * @param refusal why the file given cannot be the handout, or null
 */
public record RunHandout(Path file, String refusal) {

    /**
     * {@code given} may be null; {@code planFile} is the plan's file, or null when it has none (an unsaved plan). The
     * handout, given or named by the journal, must be none of the run's other files ({@link RunOutputs}).
     */
    public static RunHandout resolve(DeploymentPlan plan, VerifiedJournal earlier, Path given, Path journal,
            Path planFile) {
        Optional<String> named = earlier == null ? Optional.empty() : JournalGuard.handout(earlier);
        if (named.isPresent()) {
            Path own = Path.of(named.get());
            if (given != null && !same(given, own)) {
                return new RunHandout(null, "This run's passwords are in " + own + "; a resume adds to that file"
                        + " only. Leave out --credentials, or give that file.");
            }
            Optional<String> clash = RunOutputs.clash(plan, planFile, journal, own);
            return clash.map(why -> new RunHandout(null, why)).orElseGet(() -> new RunHandout(own, null));
        }
        Optional<String> clash = RunOutputs.clash(plan, planFile, journal, given);
        if (clash.isPresent()) {
            return new RunHandout(null, clash.get());
        }
        if (given == null) {
            return new RunHandout(null, null);
        }
        if (Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
            return new RunHandout(null, "The credentials handout " + given + " exists already: choose a new file"
                    + " (passwords are only ever written into a file TenantBridge creates).");
        }
        return new RunHandout(given, null);
    }

    /** Whether a resume finds its handout in the journal: then it is reopened, never created. */
    public boolean reopens(VerifiedJournal earlier) {
        return file != null && earlier != null && JournalGuard.handout(earlier).isPresent();
    }

    private static boolean same(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
