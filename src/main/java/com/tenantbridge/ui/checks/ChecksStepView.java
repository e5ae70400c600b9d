package com.tenantbridge.ui.checks;

import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.ui.common.SummaryViews;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

public final class ChecksStepView {

    private final ChecksStepViewModel vm;

    @FXML
    private Label status;
    @FXML
    private VBox rows;

    public ChecksStepView(ChecksStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        vm.prerequisites().addListener((ListChangeListener<Fact>) c -> show());
        show();
    }

    private void show() {
        rows.getChildren().setAll(vm.prerequisites().stream()
                .map(f -> SummaryViews.fact(Material2AL.HELP_OUTLINE, f, "check-row")).toList());
    }
}
