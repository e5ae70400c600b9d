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
        rows.getChildren().setAll(vm.results().stream().map(SummaryViews::check).toList());
    }
}
