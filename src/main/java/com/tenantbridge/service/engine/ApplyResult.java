package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of every change of a run, and where its journal is. {@code stopped} says why the run stopped before
 * its end (the handout could not be written), or is null; {@code notes} what a resume found of the changes an
 * interrupted run had started and no longer planned (an account made by someone else under the run's name).
 */
public record ApplyResult(List<ChangeOutcome> outcomes, Path journal, String stopped, List<String> notes) {

    public ApplyResult {
        outcomes = List.copyOf(outcomes);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ApplyResult(List<ChangeOutcome> outcomes, Path journal, String stopped) {
        this(outcomes, journal, stopped, List.of());
    }

    public ApplyResult(List<ChangeOutcome> outcomes, Path journal) {
        this(outcomes, journal, null);
    }

    /** The same run with what a resume found of an interrupted run's changes, said to the admin. */
    ApplyResult withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new ApplyResult(outcomes, journal, stopped, all);
    }

    public long count(ChangeOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /**
     * What the run left to a runbook, by tenant: planned for another admin, or PowerShell could not do it here. A
     * tenant's runbook is whole: with it go, in the run's order, that tenant's changes that failed and those skipped
     * because something they depend on was not done (the policies behind segments PowerShell could not create).
     */
    public java.util.Map<String, List<Change>> runbookWork() {
        java.util.Set<String> tenants = new java.util.HashSet<>();
        java.util.Map<String, ChangeOutcome.Status> byId = new java.util.HashMap<>();
        outcomes.forEach(o -> {
            byId.put(o.change().id(), o.status());
            if (o.status() == ChangeOutcome.Status.RUNBOOK) {
                tenants.add(o.change().tenant());
            }
        });
        java.util.Map<String, List<Change>> left = new java.util.LinkedHashMap<>();
        outcomes.stream().filter(o -> tenants.contains(o.change().tenant()) && (o.status() == ChangeOutcome.Status
                .RUNBOOK || o.status() == ChangeOutcome.Status.FAILED || o.status() == ChangeOutcome.Status.SKIPPED
                        && o.change().dependsOn().stream().anyMatch(d -> byId.containsKey(d)
                                && byId.get(d) != ChangeOutcome.Status.DONE)))
                .forEach(o -> left.computeIfAbsent(o.change().tenant(), t -> new java.util.ArrayList<>())
                        .add(o.change()));
        return left;
    }

    /** Every change that could run here ran. RUNBOOK changes are for another admin and do not count as failed. */
    public boolean succeeded() {
        return stopped == null && outcomes.stream().allMatch(o -> o.status() == ChangeOutcome.Status.DONE
                || o.status() == ChangeOutcome.Status.RUNBOOK);
    }
}
