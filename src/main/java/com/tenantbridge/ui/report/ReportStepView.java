package com.tenantbridge.ui.report;

import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.ui.common.SummaryViews;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

public final class ReportStepView {

    private final ReportStepViewModel vm;

    @FXML
    private Label outcome;
    @FXML
    private VBox canDo;
    @FXML
    private VBox verification;
    @FXML
    private VBox limits;
    @FXML
    private VBox steps;
    @FXML
    private Button verifyButton;
    @FXML
    private Button rollbackButton;
    @FXML
    private Button exportButton;
    @FXML
    private Button exportReachButton;
    @FXML
    private VBox done;
    @FXML
    private javafx.scene.control.ProgressBar rollbackProgress;
    @FXML
    private Button cancelRollbackButton;
    @FXML
    private javafx.scene.layout.HBox runRow;
    @FXML
    private javafx.scene.control.ComboBox<com.tenantbridge.service.journal.RunHistory.Run> runChoice;

    public ReportStepView(ReportStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        outcome.textProperty().bind(vm.outcomeProperty());
        verifyButton.disableProperty().bind(vm.busyProperty());
        rollbackButton.disableProperty().bind(vm.busyProperty());
        exportButton.disableProperty().bind(vm.busyProperty());
        exportReachButton.disableProperty().bind(vm.busyProperty());
        rollbackProgress.progressProperty().bind(vm.rollbackProgressProperty());
        runChoice.setItems(vm.runs().runs());
        runChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(com.tenantbridge.service.journal.RunHistory.Run run) {
                return run == null ? "" : run.describe();
            }

            @Override
            public com.tenantbridge.service.journal.RunHistory.Run fromString(String text) {
                return null;
            }
        });
        runChoice.valueProperty().bindBidirectional(vm.runs().selectedProperty());
        runChoice.disableProperty().bind(vm.busyProperty());
        runRow.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.runs().runs()));
        runRow.managedProperty().bind(runRow.visibleProperty());
        for (javafx.scene.Node n : java.util.List.of(rollbackProgress, cancelRollbackButton)) {
            n.visibleProperty().bind(vm.rollingBackProperty());
            n.managedProperty().bind(vm.rollingBackProperty());
        }
        vm.done().addListener((ListChangeListener<com.tenantbridge.service.engine.ChangeOutcome>) c -> show());
        vm.undone().addListener((ListChangeListener<com.tenantbridge.service.engine.Rollback.Outcome>) c -> show());
        vm.verification().addListener((ListChangeListener<CheckResult>) c -> show());
        vm.limits().addListener((ListChangeListener<Fact>) c -> show());
        vm.stepsForPeople().addListener((ListChangeListener<Fact>) c -> show());
        show();
    }

    @FXML
    private void onVerify() {
        vm.verify();
    }

    @FXML
    private void onExportReach() {
        vm.exportReach();
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    @FXML
    private void onRollback() {
        vm.rollback();
    }

    @FXML
    private void onCancelRollback() {
        vm.cancelRollback();
    }

    private void show() {
        showDone();
        showChecksAndFacts();
    }

    private static final int SHOWN_DONE = 200;

    private void showDone() {
        java.util.List<javafx.scene.Node> rows = new java.util.ArrayList<>();
        // What did not go through is always listed; of a bulk run's thousands of done changes, the first few.
        int shown = 0;
        for (var o : vm.done()) {
            if (o.ok() && shown++ >= SHOWN_DONE) {
                continue;
            }
            rows.add(SummaryViews.row(o.ok() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE,
                    SummaryViews.outcomeText(o), null, o.ok() ? "done-row" : "limit-row"));
        }
        if (shown > SHOWN_DONE) {
            Label more = new Label("\u2026 and " + (shown - SHOWN_DONE) + " more done; the journal and the exported"
                    + " report list every change.");
            more.getStyleClass().add("hint");
            rows.add(more);
        }
        for (var u : vm.undone()) {
            rows.add(SummaryViews.row(Material2AL.HISTORY, (u.undone() ? "Undone: " : "Could not undo: ")
                    + u.entry().summary() + (u.message() == null ? "" : " \u2014 " + u.message()), null, "step-row"));
        }
        if (rows.isEmpty()) {
            Label none = new Label("Nothing was applied in this session.");
            none.getStyleClass().add("hint");
            rows.add(none);
        }
        if (rows.size() > 8) {
            // A long run would push verification and people's next steps out of sight; it stays one click away.
            long ok = vm.done().stream().filter(com.tenantbridge.service.engine.ChangeOutcome::ok).count();
            Label summary = new Label(ok + " of " + vm.done().size() + " changes done"
                    + (vm.undone().isEmpty() ? "" : ", " + vm.undone().size() + " rolled back") + ".");
            javafx.scene.control.TitledPane all = new javafx.scene.control.TitledPane("Every change ("
                    + (vm.done().size() + vm.undone().size()) + ")", new VBox(4,
                    rows.toArray(javafx.scene.Node[]::new)));
            all.setExpanded(false);
            all.setId("allChanges");
            done.getChildren().setAll(summary, all);
            return;
        }
        done.getChildren().setAll(rows);
    }

    /** A guest who has not accepted yet can be sent the invitation again from here. */
    private javafx.scene.Node verificationRow(CheckResult c) {
        javafx.scene.Node row = SummaryViews.check(c);
        if (!"GUEST".equals(c.id()) || !c.evidence().contains("not accepted yet")
                || !(row instanceof javafx.scene.layout.HBox box)) {
            return row;
        }
        String email = c.title().replaceFirst("^Invitation of ", "");
        javafx.scene.control.Button resend = new javafx.scene.control.Button("Resend invitation");
        resend.setId("resend-" + email);
        resend.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        resend.disableProperty().bind(vm.busyProperty());
        resend.setOnAction(e -> vm.resendInvitation(email));
        box.getChildren().add(resend);
        return box;
    }

    private void showChecksAndFacts() {
        // Who reaches whom is told from the reach engine's proof on the tenants as read, not from a fixed sentence.
        var proof = com.tenantbridge.service.report.PeopleCanDo.proof(vm.verification());
        if (proof.isEmpty()) {
            Label none = new Label(vm.verification().isEmpty() ? "Told once the tenants are verified."
                    : "The plan names no one who must reach anyone.");
            none.setWrapText(true);
            canDo.getChildren().setAll(none);
        } else {
            canDo.getChildren().setAll(proof.stream().map(SummaryViews::check).toList());
        }
        verification.getChildren().setAll(vm.verification().stream().filter(c -> !proof.contains(c))
                .map(this::verificationRow).toList());
        limits.getChildren().setAll(vm.limits().stream()
                .map(f -> SummaryViews.fact(Material2MZ.WARNING, f, "limit-row")).toList());
        steps.getChildren().setAll(vm.stepsForPeople().stream()
                .map(f -> SummaryViews.fact(Material2AL.ARROW_RIGHT, f, "step-row")).toList());
    }
}
