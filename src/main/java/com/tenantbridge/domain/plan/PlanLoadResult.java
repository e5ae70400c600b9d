package com.tenantbridge.domain.plan;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a plan file: the plan if it could be read at all, and every problem found
 * while reading and validating it.
 */
public record PlanLoadResult(DeploymentPlan plan, List<Problem> problems) {

    public PlanLoadResult {
        problems = List.copyOf(problems);
    }

    public Optional<DeploymentPlan> planIfValid() {
        return isValid() ? Optional.of(plan) : Optional.empty();
    }

    /** Readable and without errors; warnings do not make a plan invalid. */
    public boolean isValid() {
        return plan != null && problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
