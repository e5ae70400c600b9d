package com.tenantbridge.ui.report;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import com.tenantbridge.domain.scenario.ScenarioFacts;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.Verifier;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.engine.RunRollback;
import com.tenantbridge.service.plan.OutputFiles;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.common.EngineSession;
import com.tenantbridge.ui.common.RunningTasks;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Verifies the tenants against the plan, shows the limits and people's next steps, and can roll back the run. */
public final class ReportStepViewModel extends AbstractStepViewModel {

    private final BackgroundTasks tasks;
    /** The work this step started and which still runs: its busy state. */
    private final RunningTasks running;
    private final EngineSession session;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper rollingBack = new ReadOnlyBooleanWrapper(this, "rollingBack");
    private final javafx.beans.property.ReadOnlyDoubleWrapper rollbackProgress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "rollbackProgress");
    /** The rollback under way or last run: its handle cancels it. */
    private BackgroundTask<List<Rollback.Outcome>> rollback;
    /** At most one progress update waits for the FX thread: a rollback of thousands would flood it otherwise. */
    private final java.util.concurrent.atomic.AtomicBoolean progressQueued
            = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile int undoneSoFar;
    private volatile int undoTotal;
    private final ObservableList<CheckResult> verification = FXCollections.observableArrayList();
    private final ObservableList<Fact> limits = FXCollections.observableArrayList();
    private final ObservableList<Fact> stepsForPeople = FXCollections.observableArrayList();
    private final ObservableList<com.tenantbridge.service.engine.ChangeOutcome> done =
            FXCollections.observableArrayList();
    private final ObservableList<Rollback.Outcome> undone = FXCollections.observableArrayList();
    private final java.time.Clock clock;
    private DeploymentPlan plan;

    private final PlanRuns runs;

    public ReportStepViewModel(BackgroundTasks tasks, EngineSession session,
            DialogService dialogs, java.time.Clock clock, Path journals) {
        this.runs = new PlanRuns(journals);
        this.tasks = tasks;
        this.running = new RunningTasks(tasks);
        this.session = session;
        this.dialogs = dialogs;
        this.clock = clock;
        valid.set(true);
    }

    /** This plan's runs, newest first, and the one a rollback undoes. */
    public PlanRuns runs() {
        return runs;
    }

    /** Each change of the last run and how it went. */
    public ObservableList<com.tenantbridge.service.engine.ChangeOutcome> done() {
        return done;
    }

    /** What the last rollback undid, or could not. */
    public ObservableList<Rollback.Outcome> undone() {
        return undone;
    }

    /** Writes who reaches whom, before and after the plan, as CSV for a spreadsheet. */
    public void exportReach() {
        var both = session.reachProperty().get();
        if (plan == null || both == null) {
            outcome.set("Nothing to export yet: the Plan step compares who reaches whom.");
            return;
        }
        String csv = com.tenantbridge.service.reach.ReachTable.csv(com.tenantbridge.service.reach.ReachTable.lines(
                com.tenantbridge.domain.reach.Matrix.of(both.after()),
                com.tenantbridge.domain.reach.Matrix.of(both.before())));
        dialogs.chooseSaveFile("Export who reaches whom", "who-reaches-whom.csv", "CSV", "*.csv").ifPresent(file ->
                running.start(BackgroundTask.of("Exporting who reaches whom",
                        task -> OutputFiles.write(file, OutputFiles.Kind.REACH_CSV, csv))
                        .onSuccess(saved -> outcome.set("Who reaches whom saved to " + saved + "."))
                        .onFailure(error -> dialogs.showError("Could not export", Failures.describe(error),
                                List.of()))));
    }

    /**
     * Writes the report where the admin chooses, in the format its name ends with: the rollout report for the
     * customer as HTML (the default; prints to PDF) or JSON, or the short Markdown summary.
     */
    public void export() {
        if (plan == null) {
            return;
        }
        String name = plan.displayName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        var connections = session.connections();
        String where = connections == null ? "not connected" : connections.describe();
        java.time.ZonedDateTime at = java.time.ZonedDateTime.now(clock);
        DeploymentPlan current = plan;
        Path journal = session.journalOf(current.planId());
        List<CheckResult> verified = List.copyOf(verification);
        List<CheckResult> checked = session.checksProperty().get();
        var markdown = new com.tenantbridge.service.report.RunReport.Input(current, where, at,
                session.lastRunOf(current.planId()), verified, List.copyOf(undone), session.reachProperty().get());
        dialogs.chooseSaveFile("Export the report", (name.isEmpty() ? "plan" : name) + "-report.html",
                "Report: HTML, JSON or Markdown", "*.html *.json *.md").ifPresent(file -> running.start(
                        BackgroundTask.of("Exporting the report", task -> {
                            String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                            String text;
                            if (lower.endsWith(".md")) {
                                text = com.tenantbridge.service.report.RunReport.markdown(markdown);
                            } else {
                                List<com.tenantbridge.service.journal.JournalEntry> entries = journal == null
                                        || !java.nio.file.Files.exists(journal) ? List.of()
                                        : com.tenantbridge.service.journal.Journal.read(journal);
                                var input = new com.tenantbridge.service.report.RolloutReport.Input(current, where, at,
                                        journal == null ? null : journal.toString(), entries, checked, verified,
                                        com.tenantbridge.service.handover.Runbooks.forJournal(current, entries));
                                text = lower.endsWith(".json")
                                        ? com.tenantbridge.service.report.RolloutReport.json(input)
                                        : com.tenantbridge.service.report.RolloutHtml.render(input);
                            }
                            return journal == null ? OutputFiles.write(file, OutputFiles.Kind.REPORT, text)
                                    : OutputFiles.write(file, OutputFiles.Kind.REPORT, text, journal,
                                            com.tenantbridge.service.plan.PlanFiles.besideJournal(journal));
                        }).onSuccess(saved -> outcome.set("Report saved to " + saved + "."))
                        .onFailure(error -> dialogs.showError("Could not export", Failures.describe(error),
                                List.of()))));
    }

    @Override
    public String title() {
        return "Report";
    }

    @Override
    public String subtitle() {
        return "What the tenants now hold, the limits people should know, and their next steps.";
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while a rollback runs: its progress shows and it can be cancelled. */
    public ReadOnlyBooleanProperty rollingBackProperty() {
        return rollingBack.getReadOnlyProperty();
    }

    /** How far the rollback under way is, 0 to 1. */
    public javafx.beans.property.ReadOnlyDoubleProperty rollbackProgressProperty() {
        return rollbackProgress.getReadOnlyProperty();
    }

    /** Stops the rollback under way after the undo in hand; rolling back again undoes the rest. */
    public void cancelRollback() {
        if (rollback != null && rollback.runningProperty().get() && !rollback.isCancelRequested()) {
            rollback.cancel();
            outcome.set("Cancelling: the undo in hand finishes first\u2026");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    public ObservableList<CheckResult> verification() {
        return verification;
    }

    public ObservableList<Fact> limits() {
        return limits;
    }

    public ObservableList<Fact> stepsForPeople() {
        return stepsForPeople;
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        this.plan = plan;
        if (plan.scenario() == null) {
            limits.clear();
            stepsForPeople.clear();
            return;
        }
        var run = session.lastRunOf(plan.planId());
        runs.load(plan.planId(), session.journalOf(plan.planId()), tasks);
        done.setAll(run == null ? List.of() : run.outcomes());
        if (run == null) {
            undone.clear();
        }
        ScenarioFacts facts = ScenarioCatalog.facts(plan.scenario());
        limits.setAll(facts.limits());
        stepsForPeople.setAll(facts.stepsForPeople());
        verify();
    }

    public void verify() {
        verify(null);
    }

    /** Sends a pending guest's invitation again, with the plan's message; the outcome line says from where. */
    public void resendInvitation(String email) {
        var connections = session.connections();
        if (running.isBusy() || plan == null || connections == null) {
            return;
        }
        DeploymentPlan current = plan;
        running.start(BackgroundTask.of("Resending an invitation",
                task -> com.tenantbridge.service.engine.InvitationResend.resend(current, connections, email))
                .onSuccess(from -> outcome.set("Sent " + email + "'s invitation again from " + String.join(", ", from)
                        + "."))
                .onFailure(error -> outcome.set("Could not resend the invitation: " + Failures.describe(error))));
    }

    /** {@code rolledBack}, when verifying after a rollback, says what it undid; the outcome reads in its light. */
    private void verify(String rolledBack) {
        var connections = session.connections();
        if (running.isBusy() || plan == null || connections == null) {
            outcome.set(connections == null ? "Not connected: nothing to verify." : outcome.get());
            return;
        }
        DeploymentPlan current = plan;
        outcome.set("Reading the tenants again\u2026");
        running.start(BackgroundTask.of("Verifying", task -> new Verifier().verify(current, connections))
                .onSuccess(result -> {
                    verification.setAll(result.items());
                    if (rolledBack != null) {
                        outcome.set(rolledBack + (result.passed() ? " The tenants still hold what the plan asks for:"
                                + " it was in place before the run." : " As expected, the tenants no longer hold the"
                                + " plan (below); the Run step applies it again."));
                    } else {
                        outcome.set(result.passed() ? "Verified: the tenants hold what the plan asks for, and everyone"
                                + " it names reaches whom they must." : "Not everything matches the plan yet: see below.");
                    }
                })
                .onFailure(error -> outcome.set("Verification failed: " + Failures.describe(error))));
    }

    /** Undoes the last run, after the admin confirms, then verifies again. */
    public void rollback() {
        Path journal = plan == null ? null : runs.journal() != null ? runs.journal()
                : session.journalOf(plan.planId());
        var connections = session.connections();
        if (running.isBusy() || journal == null || connections == null) {
            outcome.set(journal == null ? "Nothing to roll back: this plan has no run." : outcome.get());
            return;
        }
        var chosen = runs.selectedProperty().get();
        if (!dialogs.confirm("Roll back this run?", chosen == null ? "Everything the run created is deleted and the"
                + " settings it changed are put back, newest first." : PlanRuns.confirmation(plan, chosen),
                "Roll back")) {
            return;
        }
        rollbackProgress.set(0);
        outcome.set("Rolling back\u2026");
        // Connect asked for what applying needs; undoing may need more (deleting invited guests).
        com.tenantbridge.domain.scenario.RequiredAccess undo = plan == null || plan.scenario() == null ? null
                : plan.requiredAccess().withPartnerSettings().toUndo();
        BackgroundTask<List<Rollback.Outcome>> task = BackgroundTask.of("Rolling back", progress -> {
            var reach = undo == null ? connections : session.connectionsFor(undo, connections, progress::message);
            RunRollback.Outcome rolled = RunRollback.run(journal, plan == null ? null : plan.planId(), reach,
                    (o, index, total) -> {
                        undoneSoFar = index + 1;
                        if (progressQueued.compareAndSet(false, true)) {
                            tasks.fx().execute(this::showRollbackProgress);
                        }
                    }, progress::cancelled, new RunRollback.Asks() {
                        @Override
                        public boolean goOnDespite(List<String> problems) {
                            return false;
                        }

                        /** Asked already, before the work started. */
                        @Override
                        public boolean confirm(int pending) {
                            undoTotal = pending;
                            return true;
                        }
                    });
            undoTotal = rolled.pending();
            if (!rolled.refusal().isEmpty()) {
                throw new JournalRefused("Not rolled back, nothing was changed: " + String.join("; ",
                        rolled.refusal()) + ".");
            }
            return rolled.outcomes();
        }).onSuccess(result -> rolledBack(result, journal)).onFailure(error -> outcome.set(
                error instanceof JournalRefused ? error.getMessage() : "Rollback failed: " + Failures.describe(error)));
        // What the sign-in asks for on the way (a wider consent) shows where the rollback's progress does.
        task.messageProperty().addListener((obs, old, now) -> outcome.set(now));
        rollback = task;
        rollingBack.bind(task.runningProperty());
        running.start(task);
    }

    private void rolledBack(List<Rollback.Outcome> result, Path journal) {
        undone.setAll(result);
        long failed = result.stream().filter(o -> !o.undone()).count();
        long ok = result.size() - failed;
        String rolledBack = result.size() < undoTotal
                ? "Rollback cancelled: " + ok + " of " + undoTotal + " changes undone"
                        + (failed == 0 ? "" : ", " + failed + " could not be") + "; roll back again to undo the rest."
                : "Rolled back " + ok + " change" + (ok == 1 ? "" : "s") + (failed == 0 ? "." : "; " + failed
                        + " could not be undone (see What was done).");
        outcome.set(rolledBack);
        verify(rolledBack);
        runs.load(plan.planId(), journal, tasks);
    }

    private void showRollbackProgress() {
        progressQueued.set(false);
        int total = Math.max(1, undoTotal);
        rollbackProgress.set((double) undoneSoFar / total);
        if (rollback == null || !rollback.isCancelRequested()) {
            outcome.set("Rolling back: " + undoneSoFar + " of " + undoTotal + " undone\u2026");
        }
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }

    /** The journal is not this plan's run on these tenants, or was edited: the wizard never forces it. */
    private static final class JournalRefused extends IllegalStateException {
        JournalRefused(String message) {
            super(message);
        }
    }
}
