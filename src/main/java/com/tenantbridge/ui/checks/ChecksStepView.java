package com.tenantbridge.ui.checks;

import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.ui.common.SummaryViews;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

public final class ChecksStepView {

    private final ChecksStepViewModel vm;

    @FXML
    private Label status;
    @FXML
    private VBox rows;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button rerun;

    public ChecksStepView(ChecksStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        rerun.disableProperty().bind(vm.busyProperty());
        vm.results().addListener((ListChangeListener<CheckResult>) c -> show());
        show();
    }

    @FXML
    private void onRerun() {
        vm.runChecks();
    }

    private void show() {
        rows.getChildren().setAll(vm.results().stream().map(this::row).toList());
    }

    /** A check, with a way to accept a baseline deviation knowingly, or to take an acceptance back. */
    private javafx.scene.Node row(CheckResult r) {
        javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) SummaryViews.check(r);
        Button action = null;
        if (ChecksStepViewModel.canAccept(r)) {
            action = new Button("Accept deviation\u2026");
            action.setOnAction(e -> vm.acceptDeviation(r));
        } else if (r.acceptedDeviation() && r.rule() != null) {
            var rule = com.tenantbridge.domain.scenario.Baseline.byLabel(r.rule());
            if (rule.isPresent() && vm.acceptedDeviations().contains(rule.get().id())) {
                action = new Button("Take back");
                action.setOnAction(e -> vm.revokeDeviation(rule.get().id()));
            }
        }
        if (action != null) {
            action.setId("deviation-" + r.id());
            // A long title squeezes the row: the button keeps its words and the title wraps instead.
            action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            action.disableProperty().bind(vm.busyProperty());
            row.getChildren().add(action);
        }
        return row;
    }
}
