package com.tenantbridge.ui.report;

import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.ui.common.SummaryViews;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

public final class ReportStepView {

    private final ReportStepViewModel vm;

    @FXML
    private Label outcome;
    @FXML
    private VBox limits;
    @FXML
    private VBox steps;

    public ReportStepView(ReportStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        outcome.textProperty().bind(vm.outcomeProperty());
        vm.limits().addListener((ListChangeListener<Fact>) c -> show());
        vm.stepsForPeople().addListener((ListChangeListener<Fact>) c -> show());
        show();
    }

    private void show() {
        limits.getChildren().setAll(vm.limits().stream()
                .map(f -> SummaryViews.fact(Material2MZ.WARNING, f, "limit-row")).toList());
        steps.getChildren().setAll(vm.stepsForPeople().stream()
                .map(f -> SummaryViews.fact(Material2AL.ARROW_RIGHT, f, "step-row")).toList());
    }
}
