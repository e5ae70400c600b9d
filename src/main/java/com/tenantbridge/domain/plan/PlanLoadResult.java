package com.tenantbridge.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a plan file: the plan if it could be read at all, the problems met while
 * reading it (malformed JSON, unknown fields, wrong types, a newer schema) and the problems of the plan
 * itself (validation). A plan with read problems must not be edited and saved: that would drop what
 * could not be read.
 */
public record PlanLoadResult(DeploymentPlan plan, List<Problem> readProblems, List<Problem> planProblems) {

    public PlanLoadResult {
        readProblems = List.copyOf(readProblems);
        planProblems = List.copyOf(planProblems);
    }

    public static PlanLoadResult unreadable(Problem problem) {
        return new PlanLoadResult(null, List.of(problem), List.of());
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(readProblems);
        all.addAll(planProblems);
        return List.copyOf(all);
    }

    /** Read completely: every field was understood, so editing and saving loses nothing. */
    public boolean readable() {
        return plan != null && readProblems.isEmpty();
    }

    public Optional<DeploymentPlan> planIfValid() {
        return isValid() ? Optional.of(plan) : Optional.empty();
    }

    /**
     * Well-formed: readable and without field errors, though it may not give people the reach its scenario is for
     * ({@link Problem#intent()}). Such a plan is checked, verified, reported and rolled back; it is not applied.
     */
    public boolean wellFormed() {
        return plan != null && problems().stream().noneMatch(p -> p.isError() && !p.intent());
    }

    /** Readable and without errors; warnings do not make a plan invalid. */
    public boolean isValid() {
        return plan != null && problems().stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems().stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems().stream().filter(p -> !p.isError()).toList();
    }
}
