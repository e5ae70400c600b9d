package com.tenantbridge.ui.common;

import com.tenantbridge.domain.plan.DeploymentPlan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The contract every wizard step's view model keeps. Called on the FX thread.
 * <ul>
 * <li>{@link #onEnter} is the only place a step loads values: steps are reused on Back.</li>
 * <li>{@link #commit} writes the step's values into the typed plan and returns the new plan.</li>
 * <li>{@link #onLeave} may refuse, asynchronously (e.g. while work is running); its stage completes
 * on the FX thread.</li>
 * </ul>
 * When the admin edits something, the step calls the listener given to {@link #setOnEdit}, so the shell
 * commits at once and the window title shows unsaved changes.
 */
public interface StepViewModel extends WizardStep {

    String subtitle();

    void onEnter(DeploymentPlan plan);

    DeploymentPlan commit(DeploymentPlan plan);

    default CompletionStage<Boolean> onLeave(Direction direction) {
        return CompletableFuture.completedFuture(true);
    }

    void setOnEdit(Runnable onEdit);

    /**
     * Called whenever the plan changes, on every step: steps whose validity depends on the whole plan
     * (e.g. Details) recompute it here, so jumping ahead never skips a step that has become invalid.
     * It must not reload the step's fields; that is onEnter's job.
     */
    default void planChanged(DeploymentPlan plan) {
    }
}
