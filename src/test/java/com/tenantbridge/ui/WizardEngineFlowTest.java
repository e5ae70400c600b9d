package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
    private final com.tenantbridge.EmbeddedDemoTenant demo =
            com.tenantbridge.EmbeddedDemoTenant.inMemory();
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
        if (scenario == Scenario.FEDERATION) {
            dialogs.confirmAnswers.add(true);
        }
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
                "## Next steps for technicians and experts", "## Who can reach whom", "(was ");
        Path reachCsv = dir.resolve("reach.csv");
        dialogs.saveFileAnswers.add(reachCsv);
        steps.report().exportReach();
        assertThat(Files.readAllLines(reachCsv).get(0)).isEqualTo("from,to,channel,before,after,changed,reason");
        assertThat(Files.readString(reachCsv)).contains(",yes,");
        assertThat(markdown.lines().filter(l -> l.startsWith("- Done: ")).count()).isEqualTo(planned);
        for (String ext : List.of("html", "json")) {
            dialogs.saveFileAnswers.add(dir.resolve("report." + ext));
            steps.report().export();
        }
        if (Files.exists(handout)) {
            // One-time passwords go only into the handout: never into a report, an export or a journal.
            var rows = com.tenantbridge.service.credentials.CredentialsHandout.rows(handout);
            assertThat(rows).isNotEmpty();
            List<Path> written;
            try (var files = Files.walk(dir)) {
                written = files.filter(Files::isRegularFile).filter(f -> !f.equals(handout)).toList();
            }
            assertThat(written).extracting(f -> f.getFileName().toString()).contains("report.md", "report.html",
                    "report.json", "reach.csv").anyMatch(n -> n.endsWith(".jsonl"));
            for (var row : rows) {
                String password = row.oneTimePassword();
                assertThat(password).hasSizeGreaterThanOrEqualTo(12);
                for (Path f : written) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain(password);
                }
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
        assertThat(dialogs.confirmActions).contains("Roll back");
        assertThat(steps.report().outcomeProperty().get()).isEqualTo("Rolled back " + planned + " change"
                + (planned == 1 ? "" : "s") + ". As expected, the tenants no longer hold the plan (below); the Run"
                + " step applies it again.");

        shell.back();
        shell.back();
        assertThat(steps.plan().changes()).extracting(c -> c.kind()).containsExactlyElementsOf(originalKinds);
    }

}
