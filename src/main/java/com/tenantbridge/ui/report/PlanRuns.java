package com.tenantbridge.ui.report;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.journal.RunHistory;
import com.tenantbridge.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open plan's runs, found by its id in the journals folder (newest first), and the one Report rolls back. A
 * run of another plan is never listed, so opening plan B never shows or rolls back a run of plan A.
 */
public final class PlanRuns {

    private final Path folder;
    private final ObservableList<RunHistory.Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunHistory.Run> selected = new SimpleObjectProperty<>(this, "selected");
    private String planId;

    PlanRuns(Path folder) {
        this.folder = folder;
    }

    public ObservableList<RunHistory.Run> runs() {
        return runs;
    }

    public ObjectProperty<RunHistory.Run> selectedProperty() {
        return selected;
    }

    /** Lists the plan's runs off the FX thread; selects {@code prefer} (this session's run) or the newest. */
    void load(String id, Path prefer, BackgroundTasks tasks) {
        if (folder == null || id == null) {
            clear();
            return;
        }
        if (!id.equals(planId)) {
            clear();
        }
        planId = id;
        tasks.run("Finding this plan's runs", () -> RunHistory.of(folder, id), found -> {
            if (!id.equals(planId)) {
                return;
            }
            runs.setAll(found);
            selected.set(found.stream().filter(r -> r.journal().equals(prefer)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
        }, error -> clear());
    }

    void clear() {
        planId = null;
        runs.clear();
        selected.set(null);
    }

    /** The journal of the chosen run, or null. */
    Path journal() {
        return selected.get() == null ? null : selected.get().journal();
    }

    /** What the rollback confirmation says: the plan, the run's time and tenants, and what will be undone. */
    static String confirmation(DeploymentPlan plan, RunHistory.Run run) {
        String what = run.toUndo().entrySet().stream()
                .map((Map.Entry<String, Integer> e) -> e.getValue() + " \u00d7 " + label(e.getKey()))
                .collect(Collectors.joining(", "));
        return "The run of \u201c" + plan.displayName() + "\u201d started " + run.when()
                + " on " + String.join(", ", run.tenants().keySet()) + ". It undoes " + run.pending() + " change"
                + (run.pending() == 1 ? "" : "s") + (what.isEmpty() ? "" : " (" + what + ")") + ", newest first. Each"
                + " is checked first: only what this run created is removed, and only settings nobody changed since"
                + " are put back.";
    }

    private static String label(String kind) {
        try {
            return ChangeKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }
}
