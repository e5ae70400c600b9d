package com.tenantbridge.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.DemoWizard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Run step on the in-process demo tenant: handout, cancel and resume, failures. */
class RunStepViewModelTest {

    @TempDir
    Path dir;

    private DemoWizard w;

    @BeforeEach
    void setUp() {
        w = new DemoWizard(dir);
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    @Test
    void vendorAccountsDoNotStartWithoutAHandoutFile() {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS));
        w.nextTo(w.steps.run());
        w.steps.run().apply();
        assertThat(w.steps.run().statusProperty().get()).startsWith("Not started: new accounts need a credentials");
        assertThat(w.steps.run().log()).isEmpty();
        w.shell.back();
        assertThat(w.steps.plan().changes()).extracting(c -> c.kind()).contains(ChangeKind.CREATE_USER);
    }

    @Test
    void cancelStopsBeforeTheNextChangeAndApplyResumesWithoutRepeating() throws Exception {
        // Cancel as the first change's outcome reaches the log, the way a click lands between two changes.
        var afterFx = new java.util.concurrent.atomic.AtomicReference<Runnable>(() -> { });
        var tasks = new com.tenantbridge.ui.SyncTasks(r -> {
            r.run();
            afterFx.get().run();
        });
        w.close();
        w = new DemoWizard(dir, tasks);
        w.shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        w.nextTo(w.steps.run());
        int planned = w.steps.plan().changes().size();
        assertThat(planned).isGreaterThan(1);
        afterFx.set(() -> {
            if (w.steps.run().log().size() == 1) {
                w.steps.run().cancel();
            }
        });
        w.dialogs.confirmAnswers.add(true);

        w.steps.run().apply();

        assertThat(w.steps.run().statusProperty().get()).startsWith("Cancelled.").contains("Apply again to resume");
        assertThat(w.steps.run().log()).hasSize(planned).first().extracting(o -> o.status())
                .isEqualTo(com.tenantbridge.service.engine.ChangeOutcome.Status.DONE);
        assertThat(w.steps.run().log().subList(1, planned)).extracting(o -> o.status())
                .containsOnly(com.tenantbridge.service.engine.ChangeOutcome.Status.CANCELLED);
        assertThat(w.shell.navigation().canNextProperty().get()).isFalse();
        Path journal = Files.list(dir.resolve("journals")).filter(p -> p.toString().endsWith(".jsonl")).findFirst()
                .orElseThrow();

        afterFx.set(() -> { });
        w.steps.run().apply();

        assertThat(w.steps.run().statusProperty().get()).startsWith("Applied.");
        assertThat(Files.list(dir.resolve("journals")).filter(f -> !f.toString().endsWith(".lock")).toList())
                .as("one journal, and the plan it ran beside it")
                .containsExactlyInAnyOrder(journal, com.tenantbridge.service.plan.PlanFiles.besideJournal(journal));
        assertThat(w.shell.navigation().canNextProperty().get()).isTrue();
        w.shell.next();
        assertThat(w.steps.report().outcomeProperty().get()).startsWith("Verified");
    }

    @Test
    void aRunThatCutsFederationAsksFirstAndThePlanRecordsTheAnswer() {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        w.nextTo(w.steps.run());
        w.dialogs.confirmAnswers.add(false);

        w.steps.run().apply();

        assertThat(w.dialogs.confirmations).contains("Confirm what this run cuts off");
        assertThat(w.dialogs.confirmMessages.get(w.dialogs.confirmMessages.size() - 1))
                .contains("abc.com's users will no longer reach any organisation except contoso1.com, contoso2.com");
        assertThat(w.steps.run().statusProperty().get()).startsWith("Not started: what the run cuts off was not"
                + " confirmed").contains("Open federation");
        assertThat(w.steps.run().log()).isEmpty();
        assertThat(w.shell.document().plan().confirmedNarrowing()).isEmpty();

        w.dialogs.confirmAnswers.add(true);
        w.steps.run().apply();

        assertThat(w.steps.run().statusProperty().get()).startsWith("Applied.");
        assertThat(w.shell.document().plan().confirmedNarrowing()).as("kept in the plan, saved with it")
                .extracting(c -> c.change()).contains("abc.com/teams_federation/global");
        assertThat(w.shell.document().dirtyProperty().get()).isTrue();
    }

    @Test
    void aFailedChangeIsNamedWithTheServicesMessageAndApplyResumes() {
        w.shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        w.nextTo(w.steps.run());
        // contoso2.com refuses the change once, as a tenant would with a policy error.
        var session = w.steps.session();
        var demoConnections = session.connections();
        boolean[] refused = {false};
        session.connectionsProperty().set(new com.tenantbridge.service.engine.TenantConnections() {
            @Override
            public java.util.Optional<com.tenantbridge.service.port.TenantPorts> ports(String domain) {
                return demoConnections.ports(domain).map(p -> !domain.equals("contoso2.com") ? p
                        : new com.tenantbridge.service.port.TenantPorts(p.domain(), p.directory(), p.licensing(),
                                p.crossTenantAccess(), p.teams(), p.meetings(), refusing(p.teamsSettings(), refused),
                                p.barriers(), p.bulk()));
            }

            @Override
            public String describe() {
                return demoConnections.describe();
            }
        });
        w.dialogs.confirmAnswers.add(true);
        w.steps.run().apply();
        assertThat(w.steps.run().statusProperty().get()).startsWith("Failed: contoso2.com: Teams external access")
                .contains("Access denied: the tenant policy forbids the change").contains("apply again to resume");
        assertThat(w.steps.run().log()).extracting(o -> o.status()).containsExactly(
                com.tenantbridge.service.engine.ChangeOutcome.Status.DONE,
                com.tenantbridge.service.engine.ChangeOutcome.Status.DONE,
                com.tenantbridge.service.engine.ChangeOutcome.Status.FAILED);
        assertThat(w.shell.navigation().canNextProperty().get()).isFalse();
        w.steps.run().apply();
        assertThat(w.steps.run().statusProperty().get()).startsWith("Applied. 1 done");
    }

    private static com.tenantbridge.service.port.TeamsSettingsService refusing(
            com.tenantbridge.service.port.TeamsSettingsService real, boolean[] refused) {
        return (com.tenantbridge.service.port.TeamsSettingsService) java.lang.reflect.Proxy.newProxyInstance(
                RunStepViewModelTest.class.getClassLoader(),
                new Class<?>[] {com.tenantbridge.service.port.TeamsSettingsService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setFederation") && !refused[0]) {
                        refused[0] = true;
                        throw new com.tenantbridge.service.port.PortException(
                                "Access denied: the tenant policy forbids the change");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
