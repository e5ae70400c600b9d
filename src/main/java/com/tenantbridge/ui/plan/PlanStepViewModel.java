package com.tenantbridge.ui.plan;

import com.tenantbridge.connect.Handover;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.service.engine.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.common.EngineSession;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The changes the plan needs in the connected tenants, in order, each with before → after. */
public final class PlanStepViewModel extends AbstractStepViewModel {

    private final BackgroundTasks tasks;
    private final EngineSession session;
    private final DialogService dialogs;
    private final ObservableList<PlanSummary.Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasHandover = new ReadOnlyBooleanWrapper(this, "hasHandover");
    private DeploymentPlan plan;
    private PlanResult result;

    public PlanStepViewModel(BackgroundTasks tasks, EngineSession session, DialogService dialogs) {
        this.tasks = tasks;
        this.session = session;
        this.dialogs = dialogs;
    }

    @Override
    public String title() {
        return "Plan";
    }

    @Override
    public String subtitle() {
        return "What will change in each tenant, in order; settings already in place are left alone.";
    }

    public ObservableList<PlanSummary.Section> sections() {
        return sections;
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    /** Notes, offline parts and blockers, as sentences. */
    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasHandoverProperty() {
        return hasHandover.getReadOnlyProperty();
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        this.plan = plan;
        sections.setAll(PlanSummary.of(plan));
        computePlan();
    }

    public void computePlan() {
        var connections = session.connections();
        if (busy.get() || plan == null || connections == null) {
            valid.set(false);
            status.set(connections == null ? "Not connected: go back to Connect." : status.get());
            return;
        }
        DeploymentPlan current = plan;
        busy.set(true);
        valid.set(false);
        status.set("Comparing the plan with the tenants\u2026");
        tasks.run("Planning", () -> new Planner().plan(current, connections), planned -> {
            busy.set(false);
            result = planned;
            changes.setAll(planned.changes());
            notes.clear();
            planned.blockers().forEach(b -> notes.add("Cannot apply: " + b));
            planned.offline().forEach((tenant, cs) -> notes.add(tenant + " is not reachable from here: " + cs.size()
                    + " setting" + (cs.size() == 1 ? "" : "s") + " go into its runbook and plan file."));
            notes.addAll(planned.notes());
            hasHandover.set(!planned.offline().isEmpty());
            status.set(planned.changes().isEmpty() ? "No changes: the tenants already match the plan."
                    : planned.changes().size() + " change" + (planned.changes().size() == 1 ? "" : "s") + " to apply.");
            valid.set(planned.blockers().isEmpty());
        }, error -> {
            busy.set(false);
            status.set("The plan could not be made: " + error.getMessage());
        });
    }

    /** Writes the runbook and plan file of every unreachable tenant into a folder the admin picks. */
    public void saveHandover() {
        if (result == null || result.offline().isEmpty()) {
            return;
        }
        DeploymentPlan current = plan;
        PlanResult planned = result;
        dialogs.chooseFolder("Save the runbooks and plan files").ifPresent(dir -> tasks.run("Saving the handover",
                () -> Handover.write(dir, current, planned), (List<java.nio.file.Path> files) ->
                        status.set("Saved " + files.size() + " files in " + dir), error ->
                        dialogs.showError("Could not save", String.valueOf(error.getMessage()), List.of())));
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
