package com.tenantbridge.ui.plan;

import com.tenantbridge.service.engine.Change;
import com.tenantbridge.ui.common.SummaryViews;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

public final class PlanStepView {

    private final PlanStepViewModel vm;

    @FXML
    private Label status;
    @FXML
    private VBox changes;
    @FXML
    private VBox notes;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button handover;
    @FXML
    private Button replan;

    public PlanStepView(PlanStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        replan.disableProperty().bind(vm.busyProperty());
        handover.visibleProperty().bind(vm.hasHandoverProperty());
        handover.managedProperty().bind(vm.hasHandoverProperty());
        vm.changes().addListener((ListChangeListener<Change>) c -> show());
        vm.notes().addListener((ListChangeListener<String>) c -> showNotes());
        show();
        showNotes();
    }

    @FXML
    private void onHandover() {
        vm.saveHandover();
    }

    @FXML
    private void onReplan() {
        vm.computePlan();
    }

    private void show() {
        List<Node> rows = new ArrayList<>();
        int n = 1;
        for (Change c : vm.changes()) {
            rows.add(SummaryViews.change(n++, c));
        }
        if (rows.isEmpty()) {
            rows.addAll(SummaryViews.sections(vm.sections()));
        }
        changes.getChildren().setAll(rows);
    }

    private void showNotes() {
        notes.getChildren().setAll(vm.notes().stream().map(n -> SummaryViews.row(Material2MZ.WARNING, n, null,
                "limit-row")).toList());
    }
}
