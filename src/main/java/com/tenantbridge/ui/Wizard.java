package com.tenantbridge.ui;

import com.tenantbridge.ui.checks.ChecksStepView;
import com.tenantbridge.ui.common.Views;
import com.tenantbridge.ui.connect.ConnectStepView;
import com.tenantbridge.ui.details.DetailsStepView;
import com.tenantbridge.ui.plan.PlanStepView;
import com.tenantbridge.ui.report.ReportStepView;
import com.tenantbridge.ui.run.RunStepView;
import com.tenantbridge.ui.scenario.ScenarioStepView;
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
    private final WizardSteps steps;

    private Wizard(ShellViewModel viewModel, Parent root, WizardSteps steps) {
        this.viewModel = viewModel;
        this.root = root;
        this.steps = steps;
    }

    public com.tenantbridge.ui.connect.ConnectStepViewModel connectStep() {
        return steps.connect();
    }

    /** Call on the FX thread. */
    public static Wizard create(WizardServices services, RecentPlans recent) {
        WizardSteps steps = WizardSteps.create(services);
        List<java.util.function.Supplier<Parent>> views = List.of(
                () -> Views.load(new ScenarioStepView(steps.scenario()), "ScenarioStep.fxml"),
                () -> Views.load(new ConnectStepView(steps.connect()), "ConnectStep.fxml"),
                () -> Views.load(new DetailsStepView(steps.details()), "DetailsStep.fxml"),
                () -> Views.load(new ChecksStepView(steps.checks()), "ChecksStep.fxml"),
                () -> Views.load(new PlanStepView(steps.plan()), "PlanStep.fxml"),
                () -> Views.load(new RunStepView(steps.run()), "RunStep.fxml"),
                () -> Views.load(new ReportStepView(steps.report()), "ReportStep.fxml"));
        ShellViewModel shell = new ShellViewModel(steps.all(), services.dialogs(), services.tasks(), recent);
        shell.setClock(services.clock());
        // The demo tenant is the default: have it running by the time the admin reaches Connect.
        steps.connect().startDemo();
        Parent root = Views.load(new ShellView(shell, views), "Shell.fxml");
        root.getStylesheets().add(Wizard.class.getResource(STYLESHEET).toExternalForm());
        com.tenantbridge.ui.common.TabLeavesTextAreas.install(root);
        return new Wizard(shell, root, steps);
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}
