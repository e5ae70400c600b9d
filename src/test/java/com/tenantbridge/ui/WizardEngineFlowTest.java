package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.engine.ChangeKind;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every example plan through the wizard's own view models on the in-process demo tenant: Connect → Checks →
 * Plan → Run → Report (verify) → rollback → Plan shows the original changes again.
 */
class WizardEngineFlowTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final com.tenantbridge.ui.connect.EmbeddedDemoTenant demo =
            com.tenantbridge.ui.connect.EmbeddedDemoTenant.inMemory();
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

    private void nextTo(Object step) {
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

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyExampleConvergesAndRollsBack(Scenario scenario) throws Exception {
        shell.openExample(ExamplePlans.forScenario(scenario));
        Path handout = dir.resolve("handout.csv");
        dialogs.credentialAnswers.add(handout);

        nextTo(steps.checks());
        assertThat(steps.checks().results()).isNotEmpty().noneMatch(r -> r.status() == CheckStatus.FAIL);

        nextTo(steps.plan());
        int planned = steps.plan().changes().size();
        var originalKinds = steps.plan().changes().stream().map(c -> c.kind()).toList();
        assertThat(planned).isPositive();

        nextTo(steps.run());
        assertThat(shell.navigation().canNextProperty().get()).isFalse();
        steps.run().apply();
        assertThat(steps.run().statusProperty().get()).startsWith("Applied.");
        assertThat(steps.run().log()).hasSize(planned);
        assertThat(steps.run().progressProperty().get()).isEqualTo(1.0);
        assertThat(Files.exists(handout)).isEqualTo(originalKinds.contains(ChangeKind.CREATE_USER));

        nextTo(steps.report());
        assertThat(steps.report().outcomeProperty().get()).as("%s", steps.report().verification())
                .startsWith("Verified");
        assertThat(steps.report().done()).hasSize(planned).allMatch(o -> o.ok());
        Path report = dir.resolve("report.md");
        dialogs.saveFileAnswers.add(report);
        steps.report().export();
        String markdown = Files.readString(report);
        assertThat(markdown).contains("## What was done", "- Done: ", "## Verification", "## Limits people should know",
                "## Next steps for technicians and experts");
        assertThat(markdown.lines().filter(l -> l.startsWith("- Done: ")).count()).isEqualTo(planned);
        if (Files.exists(handout)) {
            // One-time passwords go only into the handout, never into a report.
            var rows = Files.readAllLines(handout).stream().skip(1).toList();
            assertThat(rows).isNotEmpty();
            for (String row : rows) {
                String password = row.split(",")[3].replace("\"", "");
                assertThat(password).hasSizeGreaterThanOrEqualTo(12);
                assertThat(markdown).doesNotContain(password);
            }
        }

        shell.back();
        shell.back();
        assertThat(shell.current()).isSameAs(steps.plan());
        assertThat(steps.plan().changes()).isEmpty();
        assertThat(steps.plan().statusProperty().get()).startsWith("No changes");

        shell.next();
        shell.next();
        dialogs.confirmAnswers.add(true);
        steps.report().rollback();
        assertThat(dialogs.confirmations).contains("Roll back this run?");
        assertThat(steps.report().outcomeProperty().get()).startsWith("Not everything matches");

        shell.back();
        shell.back();
        assertThat(steps.plan().changes()).extracting(c -> c.kind()).containsExactlyElementsOf(originalKinds);
    }

    @Test
    void declinedRollbackChangesNothing() {
        shell.openExample(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN));
        nextTo(steps.run());
        steps.run().apply();
        nextTo(steps.report());
        dialogs.confirmAnswers.add(false);
        steps.report().rollback();
        assertThat(steps.report().outcomeProperty().get()).startsWith("Verified");
    }

    @Test
    void vendorAccountsDoNotStartWithoutAHandoutFile() {
        shell.openExample(ExamplePlans.forScenario(Scenario.VENDOR_ACCOUNTS));
        nextTo(steps.run());
        steps.run().apply();
        assertThat(steps.run().statusProperty().get()).startsWith("Not started: new accounts need a credentials");
        assertThat(steps.run().log()).isEmpty();
        shell.back();
        assertThat(steps.plan().changes()).extracting(c -> c.kind()).contains(ChangeKind.CREATE_USER);
    }

    @Test
    void cancelStopsBeforeTheNextChangeAndApplyResumesWithoutRepeating() throws Exception {
        // Cancel as the first change's outcome reaches the log, the way a click lands between two changes.
        var afterFx = new java.util.concurrent.atomic.AtomicReference<Runnable>(() -> { });
        var workers = new com.tenantbridge.ui.common.Workers(Runnable::run, r -> {
            r.run();
            afterFx.get().run();
        });
        steps = WizardSteps.create(TestServices.create(dialogs, demo, dir.resolve("journals"), workers));
        shell = new ShellViewModel(steps.all(), dialogs, new SyncTasks(), TestPrefs.recentPlans());
        shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        nextTo(steps.run());
        int planned = steps.plan().changes().size();
        assertThat(planned).isGreaterThan(1);
        afterFx.set(() -> {
            if (steps.run().log().size() == 1) {
                steps.run().cancel();
            }
        });

        steps.run().apply();

        assertThat(steps.run().statusProperty().get()).startsWith("Cancelled.").contains("Apply again to resume");
        assertThat(steps.run().log()).hasSize(planned).first().extracting(o -> o.status())
                .isEqualTo(com.tenantbridge.service.engine.ChangeOutcome.Status.DONE);
        assertThat(steps.run().log().subList(1, planned)).extracting(o -> o.status())
                .containsOnly(com.tenantbridge.service.engine.ChangeOutcome.Status.CANCELLED);
        assertThat(shell.navigation().canNextProperty().get()).isFalse();
        Path journal = Files.list(dir.resolve("journals")).findFirst().orElseThrow();

        afterFx.set(() -> { });
        steps.run().apply();

        assertThat(steps.run().statusProperty().get()).startsWith("Applied.");
        assertThat(Files.list(dir.resolve("journals")).toList()).containsExactly(journal);
        assertThat(shell.navigation().canNextProperty().get()).isTrue();
        shell.next();
        assertThat(steps.report().outcomeProperty().get()).startsWith("Verified");
    }

    @Test
    void aFailedChangeIsNamedWithTheServicesMessageAndApplyResumes() {
        shell.openExample(ExamplePlans.forScenario(Scenario.FEDERATION));
        nextTo(steps.run());
        // contoso2.com refuses the change once, as a tenant would with a policy error.
        var session = steps.session();
        var demoConnections = session.connections();
        boolean[] refused = {false};
        session.connectionsProperty().set(new com.tenantbridge.service.engine.TenantConnections() {
            @Override
            public java.util.Optional<com.tenantbridge.service.port.TenantPorts> ports(String domain) {
                return demoConnections.ports(domain).map(p -> !domain.equals("contoso2.com") ? p
                        : new com.tenantbridge.service.port.TenantPorts(p.domain(), p.directory(), p.licensing(),
                                p.crossTenantAccess(), p.teams(), p.meetings(), refusing(p.teamsSettings(), refused),
                                p.barriers()));
            }

            @Override
            public String describe() {
                return demoConnections.describe();
            }
        });
        steps.run().apply();
        assertThat(steps.run().statusProperty().get()).startsWith("Failed: contoso2.com: Teams external access")
                .contains("Access denied: the tenant policy forbids the change").contains("apply again to resume");
        assertThat(steps.run().log()).extracting(o -> o.status()).containsExactly(
                com.tenantbridge.service.engine.ChangeOutcome.Status.DONE,
                com.tenantbridge.service.engine.ChangeOutcome.Status.DONE,
                com.tenantbridge.service.engine.ChangeOutcome.Status.FAILED);
        assertThat(shell.navigation().canNextProperty().get()).isFalse();
        steps.run().apply();
        assertThat(steps.run().statusProperty().get()).startsWith("Applied. 1 done");
    }

    private static com.tenantbridge.service.port.TeamsSettingsService refusing(
            com.tenantbridge.service.port.TeamsSettingsService real, boolean[] refused) {
        return (com.tenantbridge.service.port.TeamsSettingsService) java.lang.reflect.Proxy.newProxyInstance(
                WizardEngineFlowTest.class.getClassLoader(),
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

    @Test
    void checksNeedAConnection() {
        shell.openExample(ExamplePlans.forScenario(Scenario.GUEST_ACCESS));
        steps.connect().kindProperty().set(com.tenantbridge.ui.connect.TenantKind.MICROSOFT_365);
        steps.checks().onEnter(shell.document().plan());
        assertThat(steps.checks().validProperty().get()).isFalse();
        assertThat(steps.checks().statusProperty().get()).startsWith("Not connected");
    }
}
