package com.tenantbridge.ui.plan;

import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.ui.common.SummaryViews;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.layout.VBox;

public final class PlanStepView {

    private final PlanStepViewModel vm;

    @FXML
    private VBox sections;

    public PlanStepView(PlanStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        vm.sections().addListener((ListChangeListener<PlanSummary.Section>) c -> show());
        show();
    }

    private void show() {
        sections.getChildren().setAll(SummaryViews.sections(vm.sections()));
    }
}
