package com.tenantbridge.ui.run;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;

public final class RunStepView {

    private final RunStepViewModel vm;

    @FXML
    private Label status;
    @FXML
    private Button applyButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progress;
    @FXML
    private ListView<String> log;

    public RunStepView(RunStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        applyButton.disableProperty().bind(vm.runningProperty());
        cancelButton.disableProperty().bind(vm.runningProperty().not());
        progress.progressProperty().bind(vm.progressProperty());
        log.setItems(vm.log());
        log.setPlaceholder(new Label("Nothing has run yet."));
    }

    @FXML
    private void onApply() {
        vm.apply();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
