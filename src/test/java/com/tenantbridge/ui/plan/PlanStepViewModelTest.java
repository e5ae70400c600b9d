package com.tenantbridge.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.SyncTasks;
import com.tenantbridge.ui.TestPrefs;
import com.tenantbridge.ui.TestServices;
import com.tenantbridge.ui.WizardSteps;
import com.tenantbridge.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Plan step on the in-process demo tenant: groups by where changes run, runbooks, the handover. */
class PlanStepViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final EmbeddedDemoTenant demo = EmbeddedDemoTenant.inMemory();
    private WizardSteps steps;
    private ShellViewModel shell;

    @BeforeEach
    void setUp() {
        steps = WizardSteps.create(TestServices.create(dialogs, demo, dir.resolve("journals")));
        shell = new ShellViewModel(steps.all(), dialogs, new SyncTasks(), TestPrefs.recentPlans());
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    private void toPlan(Scenario scenario) {
        shell.openExample(ExamplePlans.forScenario(scenario));
        shell.next();
        shell.next();
        shell.next();
        shell.next();
        assertThat(shell.current()).isSameAs(steps.plan());
    }

    @Test
    void vendorChangesAreGroupedByWhereTheyRunInApplyOrder() {
        toPlan(Scenario.VENDOR_ACCOUNTS);
        var groups = steps.plan().groups();
        assertThat(groups).extracting(PlanStepViewModel.Group::title).containsExactly("Microsoft Graph",
                "PowerShell runbook");
        var numbers = groups.stream().flatMap(g -> g.changes().stream()).map(PlanStepViewModel.Numbered::number)
                .sorted().toList();
        assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, steps.plan().changes().size())
                .boxed().toList());
        assertThat(steps.plan().runbookTenants()).containsExactly("abc.com");
        var reach = steps.plan().reachProperty().get();
        var changes = com.tenantbridge.domain.reach.Matrix.of(reach.after())
                .compare(com.tenantbridge.domain.reach.Matrix.of(reach.before()));
        assertThat(changes).anyMatch(d -> d.from().id().equals("person:expert1@abc.com")
                && d.to().id().equals("person:expert2@abc.com") && !d.after().verdict().works()
                && d.before().verdict().works());
        assertThat(steps.plan().segmentNames()).hasSize(6);
        assertThat(steps.plan().runbookProperty().get()).contains("Connect-IPPSSession",
                "New-OrganizationSegment", "V1_RemoteAssistUser");
    }

    @Test
    void aTenantNobodySignedInToIsHandedOverWithItsRunbook() throws Exception {
        shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        shell.next();
        steps.connect().demoTenants().stream().filter(t -> t.domains().contains("contoso1.com")).findFirst()
                .orElseThrow().administeredProperty().set(false);
        shell.next();
        shell.next();
        shell.next();
        var plan = steps.plan();
        assertThat(plan.groups()).extracting(PlanStepViewModel.Group::title).containsExactly("PowerShell runbook",
                "For the admin of contoso1.com");
        assertThat(plan.changes()).extracting(c -> c.tenant()).containsExactly("abc.com", "contoso2.com");
        assertThat(plan.notes()).contains("contoso1.com is not reachable from here: 1 setting goes into its runbook"
                + " and plan file.");
        plan.runbookTenantProperty().set("contoso1.com");
        assertThat(plan.runbookProperty().get()).contains("# TenantBridge runbook for contoso1.com", "'abc.com'");

        Path saved = dir.resolve("contoso1.ps1");
        dialogs.saveFileAnswers.add(saved);
        plan.saveRunbook();
        assertThat(Files.readString(saved)).isEqualTo(plan.runbookProperty().get());
        assertThat(plan.statusProperty().get()).startsWith("Saved the runbook for contoso1.com");

        Path folder = dir.resolve("handover");
        Files.createDirectories(folder);
        dialogs.folderAnswers.add(folder);
        plan.saveHandover();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".ps1"))
                    .anyMatch(n -> n.endsWith(".json"));
        }
    }
}
