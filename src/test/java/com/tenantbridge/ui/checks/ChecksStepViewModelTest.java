package com.tenantbridge.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.FakeDialogs;
import com.tenantbridge.ui.SyncTasks;
import com.tenantbridge.ui.TestPrefs;
import com.tenantbridge.ui.TestServices;
import com.tenantbridge.ui.WizardSteps;
import com.tenantbridge.EmbeddedDemoTenant;
import com.tenantbridge.ui.shell.ShellViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Checks step on the in-process demo tenant, including knowingly accepted baseline deviations. */
class ChecksStepViewModelTest {

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

    private CheckResult check(String id) {
        return steps.checks().results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The federation example with open federation: every federated organisation could reach ABC. */
    private void openFederationChecks() {
        shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        FederationPlan f = shell.document().plan().federation();
        shell.document().setPlan(shell.document().plan().withFederation(new FederationPlan(FederationMode.OPEN,
                f.blockedDomains(), f.partners())));
        shell.next();
        shell.next();
        shell.next();
        assertThat(shell.current()).isSameAs(steps.checks());
    }

    @Test
    void openFederationFailsItsBaselineUntilTheDeviationIsAcceptedKnowingly() {
        openFederationChecks();
        CheckResult baseline = check("FED-02");
        assertThat(baseline.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(steps.checks().results().get(0)).as("what failed comes first").isEqualTo(baseline);
        assertThat(steps.checks().results()).extracting(CheckResult::status).last().isEqualTo(CheckStatus.PASS);
        assertThat(baseline.rule()).isEqualTo("CISA ScubaGear MS.TEAMS.2.1v2");
        assertThat(ChecksStepViewModel.canAccept(baseline)).isTrue();
        assertThat(shell.navigation().canNextProperty().get()).isFalse();

        dialogs.confirmAnswers.add(false);
        steps.checks().acceptDeviation(baseline);
        // The example keeps Remote Assist past its end knowingly; nothing else is accepted.
        assertThat(shell.document().plan().acceptedDeviations()).containsExactly("D365-MR-EOS-2026");
        assertThat(check("FED-02").status()).isEqualTo(CheckStatus.FAIL);

        dialogs.confirmAnswers.add(true);
        steps.checks().acceptDeviation(check("FED-02"));
        assertThat(dialogs.confirmations).last().asString().contains("MS.TEAMS.2.1v2");
        assertThat(shell.document().plan().acceptedDeviations()).containsExactly("D365-MR-EOS-2026",
                "MS.TEAMS.2.1v2");
        assertThat(check("FED-02").status()).isEqualTo(CheckStatus.WARN);
        assertThat(check("FED-02").acceptedDeviation()).isTrue();
        assertThat(shell.navigation().canNextProperty().get()).isTrue();
        assertThat(shell.document().isDirty()).isTrue();

        steps.checks().revokeDeviation("MS.TEAMS.2.1v2");
        assertThat(shell.document().plan().acceptedDeviations()).containsExactly("D365-MR-EOS-2026");
        assertThat(check("FED-02").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(shell.navigation().canNextProperty().get()).isFalse();
    }

    @Test
    void aNamedAnonymousJoinPolicyIsAWarningNotAnAcceptanceNobodyMade() {
        shell.openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        shell.next();
        shell.next();
        shell.next();
        CheckResult anon = check("ANON-03");
        assertThat(anon.status()).isEqualTo(CheckStatus.WARN);
        assertThat(anon.acceptedDeviation()).as("the plan records no acceptance").isFalse();
        assertThat(anon.rule()).isEqualTo("Maester MT.1046");
        assertThat(ChecksStepViewModel.canAccept(anon)).isFalse();
        assertThat(shell.navigation().canNextProperty().get()).isTrue();
    }

    @Test
    void aPlanThatAcceptsNothingUnknownSavesNothingExtra() {
        shell.openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS));
        shell.next();
        shell.next();
        shell.next();
        DeploymentPlan before = shell.document().plan();
        assertThat(steps.checks().commit(before)).isSameAs(before);
    }

    @Test
    void checksNeedAConnection() {
        shell.openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS));
        steps.connect().kindProperty().set(com.tenantbridge.ui.connect.TenantKind.MICROSOFT_365);
        steps.checks().onEnter(shell.document().plan());
        assertThat(steps.checks().validProperty().get()).isFalse();
        assertThat(steps.checks().statusProperty().get()).startsWith("Not connected");
    }
}
