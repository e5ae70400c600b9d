package com.tenantbridge.service.engine;

import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Undoing one run, the same for the command line and the wizard: the journal is read and checked to be this plan's
 * run on these tenants (a face may go on knowingly), the admin confirms, the journal is locked for the rollback and
 * what the run did is undone newest first — only what is provably the run's (Rollback, UndoGuard). Blocks: call it
 * off the FX thread.
 */
public final class RunRollback {

    /** What a rollback asks its face, on the rollback's own thread. */
    public interface Asks {

        /** The journal is not provably this plan's run on these tenants: true goes on anyway (the CLI's --force). */
        boolean goOnDespite(List<String> problems) throws IOException;

        /** The last word before the first undo; {@code pending} changes are to be undone. */
        boolean confirm(int pending) throws IOException;
    }

    /**
     * How it ended. {@code refusal} lists why the journal was refused (nothing was undone); {@code declined} when
     * the admin said no; otherwise {@code outcomes} holds an outcome per undo reached, newest first.
     */
    public record Outcome(int pending, List<String> refusal, boolean declined, List<Rollback.Outcome> outcomes) {

        public boolean ran() {
            return refusal.isEmpty() && !declined;
        }

        public long undone() {
            return count(Rollback.Result.UNDONE);
        }

        /** Not undone for any reason: failed, refused as not the run's, or left because it changed since. */
        public long notUndone() {
            return outcomes.size() - undone();
        }

        public long count(Rollback.Result result) {
            return outcomes.stream().filter(o -> o.result() == result).count();
        }

        /** Undos a cancel stopped before: rolling back again reaches them. */
        public int notReached() {
            return Math.max(0, pending - outcomes.size());
        }
    }

    private RunRollback() {
    }

    /** {@code planId} may be null when no plan is known (the CLI without --plan). */
    public static Outcome run(Path journal, String planId, TenantConnections connections, Rollback.Progress progress,
            BooleanSupplier cancelled, Asks asks) throws IOException {
        return run(Journal.verify(journal), journal, planId, connections, progress, cancelled, asks);
    }

    /** As above, with the journal read already (the CLI reads it first to know which permissions to ask for). */
    public static Outcome run(VerifiedJournal verified, Path journal, String planId, TenantConnections connections,
            Rollback.Progress progress, BooleanSupplier cancelled, Asks asks) throws IOException {
        int pending = Rollback.pending(verified);
        List<String> problems = JournalGuard.problems(verified, planId, connections);
        if (!problems.isEmpty() && !asks.goOnDespite(problems)) {
            return new Outcome(pending, problems, false, List.of());
        }
        if (pending > 0 && !asks.confirm(pending)) {
            return new Outcome(pending, List.of(), true, List.of());
        }
        try (Journal out = Journal.open(journal, "rollback")) {
            return new Outcome(pending, List.of(), false, new Rollback().rollback(verified, connections, out,
                    progress, cancelled));
        }
    }
}
