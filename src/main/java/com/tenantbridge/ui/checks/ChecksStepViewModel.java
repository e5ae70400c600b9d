package com.tenantbridge.ui.checks;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario's documented prerequisites. No tenant is read in this build, so each one is shown as
 * not checked yet rather than given a status it has not earned.
 */
public final class ChecksStepViewModel extends AbstractStepViewModel {

    private final ObservableList<Fact> prerequisites = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public ChecksStepViewModel() {
        valid.set(true);
    }

    @Override
    public String title() {
        return "Checks";
    }

    @Override
    public String subtitle() {
        return "Prerequisites of the chosen scenario, each with its cause and fix.";
    }

    public ObservableList<Fact> prerequisites() {
        return prerequisites;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        if (plan.scenario() == null) {
            prerequisites.clear();
            status.set("Choose a scenario first.");
            return;
        }
        prerequisites.setAll(ScenarioCatalog.facts(plan.scenario()).prerequisites());
        status.set("Not checked yet: no tenant has been read. These are the prerequisites the documentation"
                + " names for " + plan.scenario().title().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
