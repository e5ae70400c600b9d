package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.DataFolders;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.JournalGuard;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.PlanRun;
import com.tenantbridge.service.engine.RunHandout;
import com.tenantbridge.service.engine.RunOutputs;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.RunHistory;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply the plan: the changes run in order and are written to a journal. Applying again after"
                + " success changes nothing; --resume continues an interrupted run.%nExit 0 when every change ran,"
                + " 1 when one failed, 2 on bad input.")
final class ApplyCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @Option(names = "--yes", description = "Do not ask before applying.")
    boolean yes;

    @Option(names = "--resume", description = "Continue the last run of this plan, in the same journal.")
    boolean resume;

    @Option(names = "--journal", paramLabel = "FILE", description = "The journal to write (default: a new file in the"
            + " user's data folder; with --resume, the newest journal of this plan).")
    Path journal;

    @Option(names = "--credentials", paramLabel = "FILE", description = "Where the one-time passwords of new accounts"
            + " go (a CSV readable by you only). Required when the plan creates accounts.")
    Path credentials;

    @Option(names = "--force", description = "Resume a journal that is not this plan's, names another tenant, or"
            + " whose checksums do not hold.")
    boolean force;

    @Option(names = "--confirm-narrowing", description = "Confirm the changes that cut someone off (listed before"
            + " anything runs, e.g. open federation turned into an allow list); the confirmation is recorded in the"
            + " plan file.")
    boolean confirmNarrowing;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeploymentPlan plan = args.loadToApply(err);
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        plan = RunFiles.withPlanId(plan, args.plan, err);
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        Path journalFile = journalFile(plan, err);
        if (journalFile == null) {
            return ExitCodes.BAD_INPUT;
        }
        // Before the journal is read: a journal named as the plan, or as another file, is refused as such.
        Optional<String> clash = RunOutputs.clash(plan, args.plan, journalFile, credentials);
        if (clash.isPresent()) {
            err.println(clash.get() + " Nothing was changed.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        VerifiedJournal earlier = Files.exists(journalFile) ? Journal.verify(journalFile) : null;
        RunHandout handout = RunHandout.resolve(plan, earlier, credentials, journalFile, args.plan);
        if (handout.refusal() != null) {
            err.println(handout.refusal() + " Nothing was changed.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (EngineSession session = EngineSession.open(spec, args.tenants, resume ? plan.requiredAccess().toResume()
                : plan.requiredAccess(), spec.commandLine().getErr())) {
            session.signInOrganizer(plan, args.organizerSignIn, spec.commandLine().getErr());
            if (earlier != null && !RunFiles.accepted(JournalGuard.problems(earlier, plan.planId(),
                    session.connections()), force, err)) {
                return ExitCodes.BAD_INPUT;
            }
            try (GracefulStop stop = new GracefulStop("apply-cancel")) {
                PlanRun.Outcome outcome = PlanRun.run(new PlanRun.Request(plan, session.connections(), journalFile,
                        handout.file(), args.plan, resume ? "apply --resume" : "apply", stop::requested,
                        Backoff.replication(stop::requested), progress(out)),
                        new TerminalAsks(session, out, err, plan));
                if (!outcome.ran()) {
                    return stopped(outcome, out, err, journalFile);
                }
                report(out, outcome.plan(), outcome.result(), journalFile, outcome.handout());
                handover(args.json ? err : out, outcome.plan(), outcome.result(), journalFile);
                out.flush();
                return outcome.result().succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }

    /** What the run asks, asked at the terminal (or answered by --yes and --confirm-narrowing). */
    private final class TerminalAsks implements PlanRun.Asks {

        private final EngineSession session;
        private final PrintWriter out;
        private final PrintWriter err;
        private final DeploymentPlan plan;

        TerminalAsks(EngineSession session, PrintWriter out, PrintWriter err, DeploymentPlan plan) {
            this.plan = plan;
            this.session = session;
            this.out = out;
            this.err = err;
        }

        /** With --json the standard output is the result document alone. */
        @Override
        public boolean confirmNarrowing(List<Change> narrowing, DeploymentPlan agreed) throws IOException {
            return NarrowingConsent.ask(narrowing, agreed, args.plan, confirmNarrowing, !yes, args.json ? err : out,
                    err);
        }

        @Override
        public Optional<Path> credentialsFile(String suggestedName, long accounts) {
            return Optional.empty();
        }

        @Override
        public boolean confirmApply(PlanResult planned) throws IOException {
            if (!args.json) {
                Output.plan(out, planned, Pace.EVERY_ONE_UP_TO);
            }
            // Said before the first write, not refused: who holds a licence is not the plan's to change.
            try {
                com.tenantbridge.service.check.AnnotationWarnings.before(plan, session.connections())
                        .forEach(w -> err.println("warning: " + w));
                err.flush();
            } catch (com.tenantbridge.service.port.PortException e) {
                err.println("warning: who can annotate could not be read: " + e.getMessage());
            }
            return yes || confirm(out, planned.changes().size(), session);
        }
    }

    /** Why nothing was changed, and the exit code that says it. */
    private int stopped(PlanRun.Outcome outcome, PrintWriter out, PrintWriter err, Path journalFile) {
        switch (outcome.stop()) {
            case FILES -> {
                err.println(outcome.why() + " Nothing was changed.");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            case UNREACHABLE -> {
                outcome.planned().unreachable().forEach((tenant, why) -> err.println(tenant + " could not be reached: "
                        + why + "."));
                err.println("Nothing was changed. Connect to " + String.join(", ", outcome.planned().unreachable()
                        .keySet()) + " (--tenant) and run again.");
                err.flush();
                return ExitCodes.UNREACHABLE;
            }
            case BLOCKED -> {
                if (outcome.planned() == null) {
                    err.println("Cannot apply: " + outcome.why());
                } else {
                    outcome.planned().blockers().forEach(b -> err.println("Cannot apply: " + b));
                }
                err.println("Nothing was changed.");
                err.flush();
                return ExitCodes.FAILED;
            }
            case NO_HANDOUT -> {
                long accounts = outcome.planned().changes().stream().filter(c -> c.kind() == ChangeKind.CREATE_USER)
                        .count();
                err.println(credentials == null ? "This plan creates " + accounts + " account" + (accounts == 1 ? ""
                        : "s") + ": give --credentials FILE for their one-time passwords. Nothing was changed."
                        : outcome.why() + " Nothing was changed.");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            case NOTHING_TO_DO -> {
                report(out, outcome.plan(), null, journalFile, null);
                return ExitCodes.OK;
            }
            case DECLINED -> {
                out.println("Nothing was changed.");
                out.flush();
                return ExitCodes.OK;
            }
            default -> {
                return ExitCodes.FAILED;
            }
        }
    }

    /**
     * A new journal named by time and plan id; for a resume, the given journal or the newest one whose runs belong
     * to this plan (found by the plan id inside, never by the file name).
     */
    private Path journalFile(DeploymentPlan plan, PrintWriter err) throws IOException {
        Path dir = DataFolders.userData().resolve("journals");
        if (!resume) {
            return journal != null ? journal : dir.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                    "yyyyMMdd-HHmmss-SSS")) + "-" + plan.planId().substring(0, Math.min(8, plan.planId().length()))
                    + ".jsonl");
        }
        if (journal != null) {
            if (!Files.isRegularFile(journal)) {
                err.println("No journal " + journal + " to resume.");
                err.flush();
                return null;
            }
            return journal;
        }
        Optional<Path> newest = RunHistory.newest(dir, plan.planId());
        if (newest.isPresent()) {
            return newest.get();
        }
        err.println("No earlier run of \u201c" + plan.displayName() + "\u201d (plan id " + plan.planId() + ") to resume"
                + " in " + dir + "; give --journal FILE.");
        err.flush();
        return null;
    }

    private boolean confirm(PrintWriter out, int count, EngineSession session) throws IOException {
        return Ask.yes(out, "Apply " + count + " change" + (count == 1 ? "" : "s") + " to the "
                + session.connections().describe() + "?");
    }

    /** Every change of a small run; for a large one the changes that did not go through, and the pace. */
    private ApplyListener progress(PrintWriter out) {
        if (args.json) {
            return ApplyListener.NONE;
        }
        Pace pace = new Pace();
        return new ApplyListener() {
            @Override
            public synchronized void finished(ChangeOutcome o, int index, int total) {
                if (total <= Pace.EVERY_ONE_UP_TO || !o.ok()) {
                    out.printf("[%d/%d] %-9s %s%s%n", index + 1, total, o.status(), o.change().summary(),
                            o.message() == null ? "" : " \u2014 " + o.message());
                }
                String line = pace.after(index + 1, total);
                if (!line.isEmpty()) {
                    out.println(line);
                }
                out.flush();
            }
        };
    }

    /**
     * What the run left to a runbook (other tenants' parts, what PowerShell could not do, the organizer's meeting)
     * is written beside the journal, for whoever runs it.
     */
    private static void handover(PrintWriter out, DeploymentPlan plan, ApplyResult result, Path journalFile) {
        Map<String, List<com.tenantbridge.service.change.Change>> left = result.runbookWork();
        if (left.isEmpty()) {
            return;
        }
        Path dir = com.tenantbridge.service.plan.HandoverNames.folderFor(journalFile);
        try {
            List<Path> files = com.tenantbridge.service.handover.Handover.write(dir, plan, left);
            out.println("For the runbooks (" + String.join(", ", left.keySet()) + "): " + files.size() + " file"
                    + (files.size() == 1 ? "" : "s") + " in " + dir);
        } catch (IOException e) {
            out.println("Could not write the runbooks to " + dir + " (" + e.getMessage() + "): run plan --handover DIR"
                    + " for them.");
        }
        out.flush();
    }

    private void report(PrintWriter out, DeploymentPlan plan, ApplyResult result, Path journalFile, Path handout) {
        if (args.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("journal", journalFile.toString());
            body.put("succeeded", result == null || result.succeeded());
            body.put("notes", result == null ? List.of() : result.notes());
            body.put("outcomes", result == null ? List.of() : result.outcomes().stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", o.change().id());
                m.put("status", o.status().name());
                m.put("message", o.message());
                return m;
            }).toList());
            Output.json(out, body);
            return;
        }
        if (result == null) {
            out.println("Nothing to apply: the tenants already match \u201c" + plan.displayName() + "\u201d.");
        } else {
            out.printf("%d done, %d failed, %d skipped, %d cancelled, %d for another admin's runbook. Journal: %s%n",
                    result.count(ChangeOutcome.Status.DONE), result.count(ChangeOutcome.Status.FAILED),
                    result.count(ChangeOutcome.Status.SKIPPED), result.count(ChangeOutcome.Status.CANCELLED),
                    result.count(ChangeOutcome.Status.RUNBOOK), journalFile);
            result.notes().forEach(note -> out.println("Found: " + note + "."));
            if (result.stopped() != null) {
                out.println(result.stopped());
            }
            if (handout != null && result.outcomes().stream().anyMatch(o -> o.ok()
                    && o.change().kind() == ChangeKind.CREATE_USER)) {
                out.println("One-time passwords are in " + handout + " (readable by you only).");
            }
            if (!result.succeeded()) {
                out.println("Fix what failed, then run apply --resume.");
            }
        }
        out.flush();
    }

}
