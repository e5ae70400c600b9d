package com.tenantbridge.ui.report;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import com.tenantbridge.domain.scenario.ScenarioFacts;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The hand-over: what was done, the scenario's limits, and what technicians and experts do next. */
public final class ReportStepViewModel extends AbstractStepViewModel {

    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<Fact> limits = FXCollections.observableArrayList();
    private final ObservableList<Fact> stepsForPeople = FXCollections.observableArrayList();

    public ReportStepViewModel() {
        valid.set(true);
    }

    @Override
    public String title() {
        return "Report";
    }

    @Override
    public String subtitle() {
        return "What was done, the limits people should know, and their next steps.";
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ObservableList<Fact> limits() {
        return limits;
    }

    public ObservableList<Fact> stepsForPeople() {
        return stepsForPeople;
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        outcome.set("Nothing has been applied yet.");
        if (plan.scenario() == null) {
            limits.clear();
            stepsForPeople.clear();
            return;
        }
        ScenarioFacts facts = ScenarioCatalog.facts(plan.scenario());
        limits.setAll(facts.limits());
        stepsForPeople.setAll(facts.stepsForPeople());
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
