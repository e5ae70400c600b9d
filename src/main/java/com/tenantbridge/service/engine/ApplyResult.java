package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of every change of a run, and where its journal is. {@code stopped} says why the run stopped before
 * its end (the handout could not be written), or is null.
 */
public record ApplyResult(List<ChangeOutcome> outcomes, Path journal, String stopped) {

    public ApplyResult {
        outcomes = List.copyOf(outcomes);
    }

    public ApplyResult(List<ChangeOutcome> outcomes, Path journal) {
        this(outcomes, journal, null);
    }

    public long count(ChangeOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** What the run left to a runbook, by tenant: planned for another admin, or PowerShell could not do it here. */
    public java.util.Map<String, List<Change>> runbookWork() {
        java.util.Map<String, List<Change>> left = new java.util.LinkedHashMap<>();
        outcomes.stream().filter(o -> o.status() == ChangeOutcome.Status.RUNBOOK).forEach(o -> left
                .computeIfAbsent(o.change().tenant(), t -> new java.util.ArrayList<>()).add(o.change()));
        return left;
    }

    /** Every change that could run here ran. RUNBOOK changes are for another admin and do not count as failed. */
    public boolean succeeded() {
        return stopped == null && outcomes.stream().allMatch(o -> o.status() == ChangeOutcome.Status.DONE
                || o.status() == ChangeOutcome.Status.RUNBOOK);
    }
}
