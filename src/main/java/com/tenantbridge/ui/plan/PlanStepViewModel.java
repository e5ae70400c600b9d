package com.tenantbridge.ui.plan;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the plan sets up, grouped by the tenant it concerns. */
public final class PlanStepViewModel extends AbstractStepViewModel {

    private final ObservableList<PlanSummary.Section> sections = FXCollections.observableArrayList();

    public PlanStepViewModel() {
        valid.set(true);
    }

    @Override
    public String title() {
        return "Plan";
    }

    @Override
    public String subtitle() {
        return "What the plan sets up in each tenant, before it is compared with what the tenant already has.";
    }

    public ObservableList<PlanSummary.Section> sections() {
        return sections;
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        sections.setAll(PlanSummary.of(plan));
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
