package com.tenantbridge.ui.run;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.NarrowingConfirmation;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.PlanRun;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.engine.Throughput;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.common.EngineSession;
import com.tenantbridge.ui.common.RunningTasks;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Applies the plan on a worker thread with progress and a live log; Cancel stops before the next change,
 * and Apply again resumes in the same journal, skipping what is done. Updates reach the FX thread through
 * {@link BackgroundTasks#fx()}.
 */
public final class RunStepViewModel extends AbstractStepViewModel {

    /** The run under way, if any: its handle cancels it; the step is running while it runs. */
    private final RunningTasks tasks;
    private BackgroundTask<PlanRun.Outcome> run;
    private final EngineSession session;
    private final DialogService dialogs;
    private final Path journals;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<ChangeOutcome> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper currentDetail = new ReadOnlyStringWrapper(this, "currentDetail", "");
    /** e.g. "310 changes/s, about 9 s left", while a run goes. */
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "");
    private DeploymentPlan plan;
    private Path journal;
    private Path credentials;
    /** Narrowing the admin confirmed at Run, for commit to put into the plan; null when nothing was asked. */
    private List<NarrowingConfirmation> confirmed;

    public RunStepViewModel(BackgroundTasks tasks, EngineSession session, DialogService dialogs, Path journals) {
        this.tasks = new RunningTasks(tasks);
        this.session = session;
        this.dialogs = dialogs;
        this.journals = journals;
    }

    @Override
    public String title() {
        return "Run";
    }

    @Override
    public String subtitle() {
        return "Apply the plan, watch each change, and cancel or resume at any time.";
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return tasks.busyProperty();
    }

    public ObservableList<ChangeOutcome> log() {
        return log;
    }

    /** The change running now, empty between changes. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** What the running change waits for, e.g. replication after a create. */
    public ReadOnlyStringProperty currentDetailProperty() {
        return currentDetail.getReadOnlyProperty();
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        if (this.plan == null || !this.plan.equals(plan)) {
            journal = null;
            credentials = null;
            confirmed = null;
            valid.set(false);
            progress.set(0);
            log.clear();
            status.set(session.connections() == null ? "Not connected: go back to Connect."
                    : "Ready to apply \u201c" + plan.displayName() + "\u201d to the " + session.connections().describe()
                            + ".");
        }
        this.plan = plan;
    }

    /** Applies (or resumes) the plan. Called on the FX thread; the work runs on a worker. */
    public void apply() {
        TenantConnections connections = session.connections();
        if (tasks.isBusy() || plan == null || connections == null) {
            return;
        }
        status.set("Comparing the plan with the tenants\u2026");
        DeploymentPlan current = plan;
        Path journalFile = journal != null ? journal : PlanRun.newJournal(journals, current, LocalDateTime.now());
        Path handout = credentials;
        ApplyListener listener = listener();
        // Known before it starts: a cancel can land while the first change runs.
        run = BackgroundTask.of("Applying the plan", progress -> PlanRun.run(new PlanRun.Request(current,
                connections, journalFile, handout, null, "the wizard's Run", progress::cancelled,
                Backoff.replication(progress::cancelled).reporting(message -> fx(() -> currentDetail.set(message))),
                listener), new WizardAsks()));
        tasks.start(run.onSuccess(this::finish).onFailure(this::fail));
    }

    private void fx(Runnable update) {
        tasks.tasks().fx().execute(update);
    }

    /** The run's questions, asked on the FX thread while the run's worker waits for the answer. */
    private final class WizardAsks implements PlanRun.Asks {

        /** The confirmation becomes part of the plan (saved with it). */
        @Override
        public boolean confirmNarrowing(List<Change> narrowing, DeploymentPlan agreed) {
            String cuts = String.join("\n", narrowing.stream().map(c -> "\u2022 " + c.narrows()).toList());
            return onFx(() -> {
                if (!dialogs.confirm("Confirm what this run cuts off", "This run narrows who can be reached:\n\n"
                        + cuts + "\n\nYour confirmation is recorded in the plan.", "Confirm and apply")) {
                    return false;
                }
                confirmed = agreed.confirmedNarrowing();
                plan = agreed;
                edited();
                return true;
            });
        }

        /** A handout is only ever a new file: an existing one (the journal, the plan, another user's) is refused. */
        @Override
        public Optional<Path> credentialsFile(String suggestedName, long accounts) {
            Optional<Path> chosen = onFx(() -> dialogs.chooseCredentialsFile(suggestedName));
            chosen.ifPresent(file -> fx(() -> credentials = file));
            return chosen;
        }

        @Override
        public boolean confirmApply(PlanResult planned) {
            int total = planned.changes().size();
            fx(() -> status.set(total == 0 ? "Nothing to change." : "Applying " + total
                    + " change" + (total == 1 ? "" : "s") + "\u2026"));
            return true;
        }

        /** From here on the run is this plan's, for Report to show and roll back. */
        @Override
        public void starting(Path journalFile, Path handout) {
            fx(() -> {
                journal = journalFile;
                session.recordRun(plan.planId(), journalFile);
            });
        }

        private <T> T onFx(java.util.function.Supplier<T> question) {
            java.util.concurrent.CompletableFuture<T> answer = new java.util.concurrent.CompletableFuture<>();
            fx(() -> {
                try {
                    answer.complete(question.get());
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            return answer.join();
        }
    }

    /**
     * The engine reports from its workers, thousands of changes a minute in a bulk run; the FX thread gets at most
     * one pending update at a time, carrying everything that happened since the last one.
     */
    private ApplyListener listener() {
        Throughput meter = new Throughput();
        ConcurrentLinkedQueue<ChangeOutcome> finished = new ConcurrentLinkedQueue<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        AtomicReference<Started> latest = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger of = new AtomicInteger();
        Runnable flush = () -> {
            scheduled.set(false);
            Started started = latest.getAndSet(null);
            if (started != null) {
                Change change = started.change();
                status.set("Applying change " + (started.index() + 1) + " of " + started.total() + "\u2026");
                current.set((started.index() + 1) + ". " + change.summary());
                currentDetail.set(change.channel() == com.tenantbridge.service.change.Channel.GRAPH
                        ? "Microsoft Graph" : "PowerShell");
            }
            List<ChangeOutcome> batch = new java.util.ArrayList<>();
            for (ChangeOutcome o; (o = finished.poll()) != null;) {
                batch.add(o);
            }
            if (!batch.isEmpty()) {
                log.addAll(batch);
                progress.set(done.get() / (double) Math.max(1, of.get()));
                rate.set(meter.describe(done.get(), of.get()));
            }
        };
        Runnable schedule = () -> {
            if (scheduled.compareAndSet(false, true)) {
                fx(flush);
            }
        };
        return new ApplyListener() {
            @Override
            public void started(Change change, int index, int total) {
                latest.set(new Started(change, index, total));
                schedule.run();
            }

            @Override
            public void finished(ChangeOutcome o, int index, int total) {
                finished.add(o);
                done.accumulateAndGet(index + 1, Math::max);
                of.set(total);
                meter.record(done.get());
                schedule.run();
            }
        };
    }

    private record Started(Change change, int index, int total) {
    }

    private void finish(PlanRun.Outcome outcome) {
        if (outcome.ran()) {
            finish(outcome.result());
            return;
        }
        if (outcome.stop() == PlanRun.Stop.NO_HANDOUT) {
            // A refused file is forgotten, so Apply asks for another.
            status.set(credentials == null ? "Not started: new accounts need a credentials handout file for their"
                    + " one-time passwords." : "Not started: " + outcome.why());
            credentials = null;
            return;
        }
        if (outcome.stop() == PlanRun.Stop.NOTHING_TO_DO) {
            progress.set(1);
            valid.set(true);
        }
        status.set(switch (outcome.stop()) {
            case NOT_CONFIRMED -> "Not started: what the run cuts off was not confirmed. To keep federation open"
                    + " instead, choose \u201cOpen federation\u201d in Details.";
            case NOTHING_TO_DO -> "Nothing to change: the tenants already match the plan.";
            default -> "Not started: " + outcome.why();
        });
    }

    private void finish(ApplyResult result) {
        session.lastRunProperty().set(result);
        progress.set(1);
        rate.set("");
        current.set("");
        currentDetail.set("");
        long failed = result.count(ChangeOutcome.Status.FAILED) + result.count(ChangeOutcome.Status.SKIPPED);
        long cancelledCount = result.count(ChangeOutcome.Status.CANCELLED);
        String summary = result.count(ChangeOutcome.Status.DONE) + " done, " + failed + " failed or skipped, "
                + cancelledCount + " cancelled, " + result.count(ChangeOutcome.Status.RUNBOOK)
                + " for another admin's runbook. Journal: " + journal + "."
                + result.notes().stream().map(n -> " Found: " + n + ".").collect(java.util.stream.Collectors.joining());
        if (cancelledCount > 0) {
            status.set("Cancelled. " + summary + " Apply again to resume.");
        } else if (failed > 0) {
            ChangeOutcome first = result.outcomes().stream().filter(o -> o.status() == ChangeOutcome.Status.FAILED)
                    .findFirst().orElse(null);
            status.set((first == null ? "Some changes were skipped. " : "Failed: " + first.change().summary()
                    + (first.message() == null ? "" : " \u2014 " + first.message()) + ". ") + summary
                    + " Fix the cause and apply again to resume.");
        } else {
            status.set("Applied. " + summary + (credentials != null ? " One-time passwords are in " + credentials
                    + "." : ""));
        }
        valid.set(cancelledCount == 0 && failed == 0);
    }

    private void fail(Throwable e) {
        rate.set("");
        current.set("");
        currentDetail.set("");
        status.set("Stopped: " + Failures.describe(e));
    }

    /** Stops before the next change; what ran stays in the journal, and Apply resumes. */
    public void cancel() {
        if (tasks.isBusy() && run != null) {
            run.cancel();
            status.set("Cancelling after the change in progress\u2026");
        }
    }

    @Override
    public java.util.concurrent.CompletionStage<Boolean> onLeave(com.tenantbridge.ui.common.Direction direction) {
        return java.util.concurrent.CompletableFuture.completedFuture(!tasks.isBusy());
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return confirmed == null || plan.confirmedNarrowing().equals(confirmed) ? plan
                : plan.withConfirmedNarrowing(confirmed);
    }

}
