package com.tenantbridge.ui.run;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Applying the plan. This build has no connected tenant, so Apply is off and says why. */
public final class RunStepViewModel extends AbstractStepViewModel {

    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public RunStepViewModel() {
        valid.set(true);
    }

    @Override
    public String title() {
        return "Run";
    }

    @Override
    public String subtitle() {
        return "Apply the plan, watch each change, and cancel or resume at any time.";
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        status.set("Nothing has been applied. Applying needs a connected tenant, which this build cannot reach"
                + " yet; save the plan to apply it later.");
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
