package com.tenantbridge.ui.checks;

import com.tenantbridge.service.Failures;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.RunningTasks;
import com.tenantbridge.ui.common.EngineSession;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs the scenario's prerequisite checks against the connected tenants, off the FX thread. Next stays off
 * while a check fails; warnings (including accepted baseline deviations) let the admin go on.
 */
public final class ChecksStepViewModel extends AbstractStepViewModel {

    private final BackgroundTasks tasks;
    /** The work this step started and which still runs: its busy state. */
    private final RunningTasks running;
    private final EngineSession session;
    private final Clock clock;
    private final com.tenantbridge.ui.common.DialogService dialogs;
    private final ObservableList<String> accepted = FXCollections.observableArrayList();
    private static final List<CheckStatus> ATTENTION = List.of(CheckStatus.FAIL, CheckStatus.UNKNOWN, CheckStatus.WARN,
            CheckStatus.PASS);

    private final ObservableList<CheckResult> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private DeploymentPlan plan;

    public ChecksStepViewModel(BackgroundTasks tasks, EngineSession session, Clock clock,
            com.tenantbridge.ui.common.DialogService dialogs) {
        this.tasks = tasks;
        this.running = new RunningTasks(tasks);
        this.session = session;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    /** The baseline rules (by id) the plan knowingly deviates from. */
    public ObservableList<String> acceptedDeviations() {
        return accepted;
    }

    /** Whether a failed check can be accepted as a known deviation: it names a baseline rule. */
    public static boolean canAccept(CheckResult r) {
        return r.status() == CheckStatus.FAIL && r.rule() != null
                && com.tenantbridge.domain.scenario.Baseline.byLabel(r.rule()).isPresent();
    }

    /**
     * Records, after the admin confirms, that the plan knowingly deviates from the check's baseline rule; the
     * plan file keeps it and the check shows it as an accepted deviation from then on.
     */
    public void acceptDeviation(CheckResult r) {
        if (!canAccept(r)) {
            return;
        }
        var rule = com.tenantbridge.domain.scenario.Baseline.byLabel(r.rule()).orElseThrow();
        if (!dialogs.confirm("Accept the deviation from " + rule.label() + "?", r.evidence() + "\n\nThe safer way: "
                + r.fix() + "\n\nAccepting records the deviation in the plan file; the check then shows it as an"
                + " accepted deviation instead of a failure.", "Accept the deviation")) {
            return;
        }
        accepted.add(rule.id());
        edited();
        runChecks();
    }

    /** Takes an accepted deviation back: the check fails again until the plan meets the rule. */
    public void revokeDeviation(String ruleId) {
        if (accepted.remove(ruleId)) {
            edited();
            runChecks();
        }
    }

    @Override
    public void planChanged(DeploymentPlan plan) {
        this.plan = plan;
    }

    @Override
    public String title() {
        return "Checks";
    }

    @Override
    public String subtitle() {
        return "Prerequisites read from the tenants, each with what was found and how to fix it.";
    }

    public ObservableList<CheckResult> results() {
        return results;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        this.plan = plan;
        accepted.setAll(plan.acceptedDeviations());
        runChecks();
    }

    public void runChecks() {
        if (running.isBusy() || plan == null) {
            return;
        }
        var connections = session.connections();
        if (connections == null) {
            results.clear();
            valid.set(false);
            status.set("Not connected: go back to Connect and choose a tenant.");
            return;
        }
        DeploymentPlan current = plan;
        valid.set(false);
        status.set("Reading the tenants\u2026");
        running.start(BackgroundTask.of("Running the checks", task -> new Checker(clock).check(current, connections))
                .onSuccess(this::show)
                .onFailure(error -> status.set("The checks could not run: " + Failures.describe(error))));
    }

    private void show(List<CheckResult> found) {
        // What needs the admin comes first; the order within each kind is the checker's.
        results.setAll(found.stream().sorted(java.util.Comparator.comparingInt(r -> ATTENTION.indexOf(r.status())))
                .toList());
        session.checksProperty().set(List.copyOf(found));
        long failed = count(found, CheckStatus.FAIL);
        status.set(count(found, CheckStatus.PASS) + " passed, " + count(found, CheckStatus.WARN) + " to note, "
                + count(found, CheckStatus.UNKNOWN) + " unknown, " + failed + " failed"
                + (failed > 0 ? ": fix what failed and run the checks again." : "."));
        valid.set(failed == 0);
    }

    private static long count(List<CheckResult> results, CheckStatus s) {
        return results.stream().filter(r -> r.status() == s).count();
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan.acceptedDeviations().equals(accepted) ? plan : plan.withAcceptedDeviations(List.copyOf(accepted));
    }
}
