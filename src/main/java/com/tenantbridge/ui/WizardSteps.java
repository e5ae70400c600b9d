package com.tenantbridge.ui;

import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.ui.checks.ChecksStepViewModel;
import com.tenantbridge.ui.common.EngineSession;
import com.tenantbridge.ui.common.StepViewModel;
import com.tenantbridge.ui.connect.ConnectStepViewModel;
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
        ReportStepViewModel report,
        EngineSession session) {

    public static WizardSteps create(WizardServices s) {
        EngineSession session = new EngineSession(new com.tenantbridge.ui.common.SessionSignIn(s.signIn(),
                s.tasks().fx()));
        DetailsStepViewModel details = new DetailsStepViewModel(s.tasks(), s.dialogs(), session::connections);
        details.setClock(s.clock());
        return new WizardSteps(new ScenarioStepViewModel(new Recommender(), s.dialogs()),
                new ConnectStepViewModel(s.tasks(), s.demo(), s.signIn(), session,
                        new com.tenantbridge.service.check.Doctor(s.powerShell())),
                details, new ChecksStepViewModel(s.tasks(), session, s.clock(), s.dialogs()),
                new PlanStepViewModel(s.tasks(), session, s.dialogs()),
                new RunStepViewModel(s.tasks(), session, s.dialogs(), s.journals()),
                new ReportStepViewModel(s.tasks(), session, s.dialogs(), s.clock(),
                        s.journals()), session);
    }

    public List<StepViewModel> all() {
        return List.of(scenario, connect, details, checks, plan, run, report);
    }
}
