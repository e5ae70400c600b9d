package com.tenantbridge.ui.run;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

public final class RunStepView {

    private final RunStepViewModel vm;

    @FXML
    private Label status;
    @FXML
    private Button applyButton;

    public RunStepView(RunStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        applyButton.disableProperty().bind(vm.canApplyProperty().not());
    }
}
