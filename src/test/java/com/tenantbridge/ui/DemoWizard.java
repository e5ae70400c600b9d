package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.common.StepViewModel;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.ShellViewModel;
import java.nio.file.Path;

/** The wizard's view models over an in-process demo tenant, driven like the shell drives them. */
public final class DemoWizard implements AutoCloseable {

    public final FakeDialogs dialogs = new FakeDialogs();
    public final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    public final WizardSteps steps;
    public final ShellViewModel shell;

    public DemoWizard(Path dir) {
        this(dir, new SyncTasks());
    }

    public DemoWizard(Path dir, BackgroundTasks tasks) {
        steps = WizardSteps.create(TestServices.create(dialogs, demo, dir.resolve("journals"), tasks));
        shell = new ShellViewModel(steps.all(), dialogs, new SyncTasks(), TestPrefs.recentPlans());
    }

    public DemoWizard open(Scenario scenario) {
        shell.openExample(ExamplePlans.forScenario(scenario));
        return this;
    }

    /** Presses Next until {@code step} is current, failing with the blocking step's state if Next is off. */
    public void nextTo(StepViewModel step) {
        for (int i = 0; i < 7 && shell.current() != step; i++) {
            assertThat(shell.navigation().canNextProperty().get())
                    .as("Next from %s: %s", shell.current().title(), statusOf(shell.current())).isTrue();
            shell.next();
        }
        assertThat(shell.current()).isSameAs(step);
    }

    private String statusOf(Object step) {
        if (step == steps.checks()) {
            return steps.checks().statusProperty().get() + " " + steps.checks().results();
        }
        if (step == steps.plan()) {
            return steps.plan().statusProperty().get() + " " + steps.plan().notes();
        }
        if (step == steps.run()) {
            return steps.run().statusProperty().get() + " " + steps.run().log();
        }
        return "";
    }

    @Override
    public void close() {
        demo.close();
    }
}
