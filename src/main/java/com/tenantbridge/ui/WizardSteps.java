package com.tenantbridge.ui;

import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.ui.checks.ChecksStepViewModel;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.StepViewModel;
import com.tenantbridge.ui.connect.ConnectStepViewModel;
import com.tenantbridge.ui.connect.DemoTenantRunner;
import com.tenantbridge.ui.details.DetailsStepViewModel;
import com.tenantbridge.ui.plan.PlanStepViewModel;
import com.tenantbridge.ui.report.ReportStepViewModel;
import com.tenantbridge.ui.run.RunStepViewModel;
import com.tenantbridge.ui.scenario.ScenarioStepViewModel;
import java.util.List;

/** The wizard's step view models, in order: Scenario → Connect → Details → Checks → Plan → Run → Report. */
public record WizardSteps(
        ScenarioStepViewModel scenario,
        ConnectStepViewModel connect,
        DetailsStepViewModel details,
        ChecksStepViewModel checks,
        PlanStepViewModel plan,
        RunStepViewModel run,
        ReportStepViewModel report) {

    public static WizardSteps create(BackgroundTasks tasks, DemoTenantRunner demo) {
        return new WizardSteps(new ScenarioStepViewModel(new Recommender()), new ConnectStepViewModel(tasks, demo),
                new DetailsStepViewModel(), new ChecksStepViewModel(), new PlanStepViewModel(),
                new RunStepViewModel(), new ReportStepViewModel());
    }

    public List<StepViewModel> all() {
        return List.of(scenario, connect, details, checks, plan, run, report);
    }
}
