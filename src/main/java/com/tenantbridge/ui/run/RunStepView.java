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
    private ListView<com.tenantbridge.service.engine.ChangeOutcome> log;
    @FXML
    private javafx.scene.layout.HBox currentBox;
    @FXML
    private Label current;
    @FXML
    private Label currentDetail;
    @FXML
    private Label rate;

    public RunStepView(RunStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        applyButton.disableProperty().bind(vm.runningProperty());
        cancelButton.disableProperty().bind(vm.runningProperty().not());
        progress.progressProperty().bind(vm.progressProperty());
        rate.textProperty().bind(vm.rateProperty());
        current.textProperty().bind(vm.currentProperty());
        currentDetail.textProperty().bind(vm.currentDetailProperty());
        currentBox.visibleProperty().bind(vm.currentProperty().isNotEmpty());
        currentBox.managedProperty().bind(currentBox.visibleProperty());
        log.setItems(vm.log());
        log.setCellFactory(list -> {
            var cell = new com.tenantbridge.ui.common.SummaryViews.OutcomeCell();
            // Long changes wrap instead of scrolling sideways.
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        // Follow the run: the newest outcome stays in sight.
        vm.log().addListener((javafx.collections.ListChangeListener<Object>) c -> log.scrollTo(vm.log().size() - 1));
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
