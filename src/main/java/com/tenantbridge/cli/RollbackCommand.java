package com.tenantbridge.cli;

import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.engine.RunRollback;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Undo, newest first, what a journal records as done: delete what the run created and put back"
                + " the settings it replaced.%nExit 0 when everything was undone, 1 otherwise, 2 on bad input.")
final class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The journal of the run to undo.")
    Path journal;

    @Option(names = "--tenant", paramLabel = "TENANT", description = "As for apply (default: demo).")
    List<String> tenants = new ArrayList<>(List.of("demo"));

    @Option(names = "--yes", description = "Do not ask before undoing.")
    boolean yes;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan the run applied: its scenario sets the"
            + " permissions asked for, and afterwards the changes it needs again are listed.")
    Path plan;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--organizer-sign-in", description = "With --plan, anonymous join: the meeting's organizer signs in"
            + " to remove the meeting the run made on their calendar.")
    boolean organizerSignIn;

    @Option(names = "--force", description = "Roll back a journal that is not this plan's, names another tenant, or"
            + " whose checksums do not hold. Even then each undo first checks the object is the one the run made.")
    boolean force;

    /** The permissions the undo needs follow from the kinds of change the journal holds. */
    static RequiredAccess access(List<JournalEntry> entries) {
        Scenario scenario = Scenario.FEDERATION;
        boolean barriers = false;
        for (JournalEntry e : entries) {
            String k = e.kind();
            if (k.equals("INVITE_GUEST") || k.equals("ADD_TEAM_MEMBER") || k.equals("TEAMS_GUEST_ACCESS")) {
                scenario = Scenario.GUEST_ACCESS;
            } else if (k.equals("CREATE_USER") || k.equals("ASSIGN_LICENSE") || k.contains("GROUP")
                    || k.contains("BARRIER")) {
                scenario = Scenario.VENDOR_ACCOUNTS;
                barriers |= k.contains("BARRIER");
            } else if (k.startsWith("MEETING") || k.equals("SCHEDULE_MEETING") || k.equals("ASSIGN_MEETING_POLICY")) {
                scenario = Scenario.ANONYMOUS_JOIN;
            }
        }
        return RequiredAccess.of(scenario, barriers);
    }

    /** Every undo of a small rollback; for a large one those that failed, and the pace every two seconds. */
    private static Rollback.Progress progress(PrintWriter out) {
        Pace pace = new Pace();
        return (o, index, total) -> {
            if (total <= Pace.EVERY_ONE_UP_TO || !o.undone()) {
                out.printf("[%d/%d] %-9s %s%s%n", index + 1, total, o.result().name(),
                        o.entry().summary(), o.message() == null ? "" : " \u2014 " + o.message());
            }
            String line = pace.after(index + 1, total);
            if (!line.isEmpty()) {
                out.println(line);
            }
            out.flush();
        };
    }

    /** A journal that is not provably this plan's run is refused unless --force; --yes answers the question. */
    private final class TerminalAsks implements RunRollback.Asks {

        private final PrintWriter out;
        private final PrintWriter err;

        TerminalAsks(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public boolean goOnDespite(List<String> problems) {
            problems.forEach(p -> err.println((force ? "warning: " : "refused: ") + p));
            if (!force) {
                err.println("Nothing was changed. Give --force to go on anyway; each undo still checks first that"
                        + " the object is the one the run made.");
            }
            err.flush();
            return force;
        }

        @Override
        public boolean confirm(int pending) throws java.io.IOException {
            return yes || Ask.yes(out, "Undo " + pending + " change" + (pending == 1 ? "" : "s") + " recorded in "
                    + journal + "?");
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(journal)) {
            err.println("No journal " + journal + ".");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        com.tenantbridge.domain.plan.DeploymentPlan deployment = null;
        if (plan != null) {
            PlanArgs planArgs = new PlanArgs();
            planArgs.plan = plan;
            deployment = planArgs.load(err);
            if (deployment == null) {
                return ExitCodes.BAD_INPUT;
            }
        }
        VerifiedJournal verified;
        try {
            verified = Journal.verify(journal);
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<JournalEntry> entries = verified.changes();
        RequiredAccess needed = (deployment == null ? access(entries) : deployment.requiredAccess()).toUndo();
        try (EngineSession session = EngineSession.open(spec, tenants, needed, err)) {
            if (deployment != null) {
                session.signInOrganizer(deployment, organizerSignIn, err);
            }
            // The journal closes before the stop lets a Ctrl+C end the JVM.
            try (GracefulStop stop = new GracefulStop("rollback-cancel")) {
                RunRollback.Outcome rolled = RunRollback.run(verified, journal, deployment == null ? null
                        : deployment.planId(), session.connections(), json ? Rollback.Progress.NONE : progress(out),
                        stop::requested, new TerminalAsks(out, err));
                if (!rolled.refusal().isEmpty()) {
                    return ExitCodes.BAD_INPUT;
                }
                if (rolled.declined()) {
                    out.println("Nothing was changed.");
                    out.flush();
                    return ExitCodes.OK;
                }
                List<Rollback.Outcome> outcomes = rolled.outcomes();
                long failed = rolled.notUndone();
                Integer again = deployment == null || stop.requested() ? null
                        : new com.tenantbridge.service.engine.Planner().plan(deployment,
                        session.connections()).changes()
                                .size();
                if (json) {
                    var undone = outcomes.stream().map(o -> {
                        var row = new java.util.LinkedHashMap<String, Object>();
                        row.put("summary", o.entry().summary());
                        row.put("undone", o.undone());
                        row.put("result", o.result().name());
                        row.put("message", o.message());
                        return row;
                    }).toList();
                    var result = new java.util.LinkedHashMap<String, Object>();
                    result.put("outcomes", undone);
                    result.put("failed", failed);
                    if (again != null) {
                        result.put("planChanges", again);
                    }
                    Output.json(out, result);
                } else {
                    long refused = rolled.count(Rollback.Result.REFUSED);
                    long left = rolled.count(Rollback.Result.LEFT);
                    out.println(rolled.pending() == 0 ? "Nothing to undo: the journal records no change that is not"
                            + " rolled back already." : rolled.undone() + " undone, " + (failed - refused - left)
                            + " failed" + (refused > 0 ? ", " + refused + " refused (not provably the run's)" : "")
                            + (left > 0 ? ", " + left + " left as is (changed since)" : "")
                            + (rolled.notReached() > 0 ? ", " + rolled.notReached() + " not reached (stopped): roll"
                                    + " back again to undo them." : "."));
                    if (again != null) {
                        out.println("The plan now needs " + again + " change" + (again == 1 ? "" : "s") + " again.");
                    }
                    out.flush();
                }
                return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }
}
