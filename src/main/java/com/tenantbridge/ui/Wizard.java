package com.tenantbridge.ui;

import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.ui.checks.ChecksStepView;
import com.tenantbridge.ui.checks.ChecksStepViewModel;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.common.StepViewModel;
import com.tenantbridge.ui.common.Views;
import com.tenantbridge.ui.connect.ConnectStepView;
import com.tenantbridge.ui.connect.ConnectStepViewModel;
import com.tenantbridge.ui.details.DetailsStepView;
import com.tenantbridge.ui.details.DetailsStepViewModel;
import com.tenantbridge.ui.plan.PlanStepView;
import com.tenantbridge.ui.plan.PlanStepViewModel;
import com.tenantbridge.ui.report.ReportStepView;
import com.tenantbridge.ui.report.ReportStepViewModel;
import com.tenantbridge.ui.run.RunStepView;
import com.tenantbridge.ui.run.RunStepViewModel;
import com.tenantbridge.ui.scenario.ScenarioStepView;
import com.tenantbridge.ui.scenario.ScenarioStepViewModel;
import com.tenantbridge.ui.shell.RecentPlans;
import com.tenantbridge.ui.shell.ShellView;
import com.tenantbridge.ui.shell.ShellViewModel;
import java.util.List;
import javafx.scene.Parent;

/** The wizard's composition root: builds every view model and view, in order, with what they need. */
public final class Wizard {

    public static final String STYLESHEET = "/com/tenantbridge/ui/css/tenantbridge.css";

    private final ShellViewModel viewModel;
    private final Parent root;

    private Wizard(ShellViewModel viewModel, Parent root) {
        this.viewModel = viewModel;
        this.root = root;
    }

    /** Call on the FX thread. */
    public static Wizard create(DialogService dialogs, BackgroundTasks tasks, RecentPlans recent) {
        ScenarioStepViewModel scenario = new ScenarioStepViewModel(new Recommender());
        ConnectStepViewModel connect = new ConnectStepViewModel();
        DetailsStepViewModel details = new DetailsStepViewModel();
        ChecksStepViewModel checks = new ChecksStepViewModel();
        PlanStepViewModel plan = new PlanStepViewModel();
        RunStepViewModel run = new RunStepViewModel();
        ReportStepViewModel report = new ReportStepViewModel();
        List<StepViewModel> steps = List.of(scenario, connect, details, checks, plan, run, report);
        List<Parent> views = List.of(
                Views.load(new ScenarioStepView(scenario), "ScenarioStep.fxml"),
                Views.load(new ConnectStepView(connect), "ConnectStep.fxml"),
                Views.load(new DetailsStepView(details), "DetailsStep.fxml"),
                Views.load(new ChecksStepView(checks), "ChecksStep.fxml"),
                Views.load(new PlanStepView(plan), "PlanStep.fxml"),
                Views.load(new RunStepView(run), "RunStep.fxml"),
                Views.load(new ReportStepView(report), "ReportStep.fxml"));
        ShellViewModel shell = new ShellViewModel(steps, dialogs, tasks, recent);
        Parent root = Views.load(new ShellView(shell, views), "Shell.fxml");
        root.getStylesheets().add(Wizard.class.getResource(STYLESHEET).toExternalForm());
        return new Wizard(shell, root);
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}
