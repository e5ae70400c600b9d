package com.tenantbridge.ui.plan;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.handover.Handover;
import com.tenantbridge.service.plan.OutputFiles;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.common.EngineSession;
import com.tenantbridge.ui.common.RunningTasks;
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
    /** The work this step started and which still runs: its busy state. */
    private final RunningTasks running;
    private final EngineSession session;
    private final DialogService dialogs;
    private final ObservableList<PlanSummary.Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper hasHandover = new ReadOnlyBooleanWrapper(this, "hasHandover");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<String> runbookTenants = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<String> runbookTenant =
            new javafx.beans.property.SimpleObjectProperty<>(this, "runbookTenant");
    private final ReadOnlyStringWrapper runbook = new ReadOnlyStringWrapper(this, "runbook", "");
    private DeploymentPlan plan;
    private PlanResult result;

    /** Changes that run the same way, each with its number in the order they are applied. */
    public record Group(String title, String detail, List<Numbered> changes) {
    }

    public record Numbered(int number, Change change) {
    }

    private record Planned(PlanResult result, com.tenantbridge.service.reach.ReachWorlds.BeforeAfter reach) {
    }

    /** The plan's information-barrier segments, for the matrix by segment. */
    public List<String> segmentNames() {
        return plan == null ? List.of() : com.tenantbridge.domain.reach.Worlds.segments(plan);
    }

    /** Who reaches whom before and after this plan, once compared with the tenants. */
    public javafx.beans.property.ObjectProperty<com.tenantbridge.service.reach.ReachWorlds.BeforeAfter>
            reachProperty() {
        return session.reachProperty();
    }

    public PlanStepViewModel(BackgroundTasks tasks, EngineSession session, DialogService dialogs) {
        this.tasks = tasks;
        this.running = new RunningTasks(tasks);
        this.session = session;
        this.dialogs = dialogs;
        runbookTenant.addListener((obs, old, now) -> runbook.set(runbookFor(now)));
    }

    /** The changes grouped by where they run: Microsoft Graph, PowerShell, or another admin's runbook. */
    public ObservableList<Group> groups() {
        return groups;
    }

    /** Tenants with something to do in PowerShell, or whose part goes to their own admin. */
    public ObservableList<String> runbookTenants() {
        return runbookTenants;
    }

    public javafx.beans.property.ObjectProperty<String> runbookTenantProperty() {
        return runbookTenant;
    }

    public ReadOnlyStringProperty runbookProperty() {
        return runbook.getReadOnlyProperty();
    }

    private List<Change> allChanges() {
        List<Change> all = new java.util.ArrayList<>(result.changes());
        result.offline().values().forEach(all::addAll);
        return all;
    }

    private String runbookFor(String tenant) {
        return tenant == null || result == null ? "" : com.tenantbridge.service.handover.Runbooks.forTenant(tenant,
                plan.displayName(), allChanges());
    }

    /** Saves the runbook shown where the admin chooses. */
    public void saveRunbook() {
        String tenant = runbookTenant.get();
        String text = runbook.get();
        if (tenant == null || text.isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile("Save the runbook for " + tenant, tenant + ".ps1", "PowerShell", "*.ps1")
                .ifPresent(file -> running.start(BackgroundTask.of("Saving the runbook",
                        task -> OutputFiles.write(file, OutputFiles.Kind.RUNBOOK, text))
                        .onSuccess(saved -> status.set("Saved the runbook for " + tenant + " in " + saved))
                        .onFailure(error -> dialogs.showError("Could not save", Failures.describe(error),
                                List.of()))));
    }

    private void group(PlanResult planned) {
        List<Group> out = new java.util.ArrayList<>();
        List<Numbered> graph = new java.util.ArrayList<>();
        List<Numbered> shell = new java.util.ArrayList<>();
        for (int i = 0; i < planned.changes().size(); i++) {
            Change c = planned.changes().get(i);
            (c.channel() == com.tenantbridge.service.change.Channel.GRAPH ? graph : shell).add(new Numbered(i + 1, c));
        }
        if (!graph.isEmpty()) {
            out.add(new Group("Microsoft Graph", "TenantBridge makes these changes through Microsoft Graph.", graph));
        }
        if (!shell.isEmpty()) {
            out.add(new Group("PowerShell runbook", "Teams and information-barrier settings have no Graph API:"
                    + " TenantBridge runs these with the tenant's runbook (see the runbook on the right).", shell));
        }
        planned.offline().forEach((tenant, cs) -> {
            List<Numbered> handed = new java.util.ArrayList<>();
            cs.forEach(c -> handed.add(new Numbered(0, c)));
            out.add(new Group("For the admin of " + tenant, "Not reachable from this session: these go into "
                    + tenant + "'s runbook and plan file (Save runbooks\u2026).", handed));
        });
        groups.setAll(out);
        java.util.LinkedHashSet<String> tenants = new java.util.LinkedHashSet<>();
        planned.changes().stream().filter(c -> c.channel() == com.tenantbridge.service.change.Channel.POWERSHELL)
                .forEach(c -> tenants.add(c.tenant()));
        tenants.addAll(planned.offline().keySet());
        runbookTenants.setAll(tenants);
        if (runbookTenant.get() == null || !tenants.contains(runbookTenant.get())) {
            runbookTenant.set(tenants.isEmpty() ? null : tenants.iterator().next());
        }
        runbook.set(runbookFor(runbookTenant.get()));
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
        return running.busyProperty();
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
        if (running.isBusy() || plan == null || connections == null) {
            valid.set(false);
            status.set(connections == null ? "Not connected: go back to Connect." : status.get());
            return;
        }
        DeploymentPlan current = plan;
        valid.set(false);
        status.set("Comparing the plan with the tenants\u2026");
        running.start(BackgroundTask.of("Planning", task -> {
            PlanResult p = new Planner().plan(current, connections);
            return new Planned(p, com.tenantbridge.service.reach.ReachWorlds.of(current, p, connections));
        }).onSuccess(this::show)
                .onFailure(error -> status.set("The plan could not be made: " + Failures.describe(error))));
    }

    private void show(Planned both) {
        PlanResult planned = both.result();
        result = planned;
        session.reachProperty().set(both.reach());
        changes.setAll(planned.changes());
        group(planned);
        notes.clear();
        planned.blockers().forEach(b -> notes.add("Cannot apply: " + b));
        planned.offline().forEach((tenant, cs) -> notes.add(tenant + " is not reachable from here: " + cs.size()
                + (cs.size() == 1 ? " setting goes" : " settings go") + " into its runbook and plan file."));
        notes.addAll(planned.notes());
        hasHandover.set(!planned.offline().isEmpty());
        status.set(planned.changes().isEmpty() ? "No changes: the tenants already match the plan."
                : planned.changes().size() + " change" + (planned.changes().size() == 1 ? "" : "s") + " to apply.");
        valid.set(planned.blockers().isEmpty());
    }

    /** Writes the runbook and plan file of every unreachable tenant into a folder the admin picks. */
    public void saveHandover() {
        if (result == null || result.offline().isEmpty()) {
            return;
        }
        DeploymentPlan current = plan;
        PlanResult planned = result;
        dialogs.chooseFolder("Save the runbooks and plan files").ifPresent(dir -> running.start(BackgroundTask.of(
                "Saving the handover", task -> Handover.write(dir, current, planned))
                .onSuccess(files -> status.set("Saved " + files.size() + " files in " + dir))
                .onFailure(error -> dialogs.showError("Could not save", Failures.describe(error), List.of()))));
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
