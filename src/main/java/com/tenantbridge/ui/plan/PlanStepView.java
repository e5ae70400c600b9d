package com.tenantbridge.ui.plan;

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
    @FXML
    private javafx.scene.control.ComboBox<String> runbookTenant;
    @FXML
    private javafx.scene.control.TextArea runbook;
    @FXML
    private Label runbookHint;
    @FXML
    private Button copyRunbook;
    @FXML
    private Button saveRunbook;
    @FXML
    private javafx.scene.layout.StackPane reach;

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
        vm.groups().addListener((ListChangeListener<PlanStepViewModel.Group>) c -> show());
        com.tenantbridge.ui.common.ReachView matrix = new com.tenantbridge.ui.common.ReachView();
        matrix.setId("planReachView");
        reach.getChildren().setAll(matrix);
        Runnable showReach = () -> {
            var both = vm.reachProperty().get();
            if (both != null) {
                matrix.show(com.tenantbridge.domain.reach.Matrix.of(both.after()),
                        com.tenantbridge.domain.reach.Matrix.of(both.before()),
                        com.tenantbridge.domain.reach.SegmentMatrix.of(both.after(), vm.segmentNames()));
            }
        };
        vm.reachProperty().addListener((obs, old, now) -> showReach.run());
        showReach.run();
        runbookTenant.setItems(vm.runbookTenants());
        runbookTenant.valueProperty().bindBidirectional(vm.runbookTenantProperty());
        runbook.textProperty().bind(vm.runbookProperty());
        copyRunbook.disableProperty().bind(vm.runbookProperty().isEmpty());
        saveRunbook.disableProperty().bind(vm.runbookProperty().isEmpty());
        runbookHint.textProperty().bind(javafx.beans.binding.Bindings.when(vm.runbookProperty().isEmpty())
                .then("Nothing in this plan needs PowerShell.")
                .otherwise("What runs in PowerShell for the tenant chosen here: TenantBridge runs it for tenants"
                        + " you reach (with pwsh on a real tenant); others' admins get it as a file."));
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

    @FXML
    private void onCopyRunbook() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(vm.runbookProperty().get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void onSaveRunbook() {
        vm.saveRunbook();
    }

    private static final int SHOWN_PER_GROUP = 50;

    private void show() {
        List<Node> rows = new ArrayList<>();
        for (PlanStepViewModel.Group g : vm.groups()) {
            Label title = new Label(g.title() + " (" + g.changes().size() + ")");
            title.getStyleClass().add("section-title");
            Label detail = new Label(g.detail());
            detail.getStyleClass().add("hint");
            detail.setWrapText(true);
            rows.add(new VBox(2, title, detail));
            // A bulk onboarding plans thousands of alike changes; a node each would stall the window.
            g.changes().stream().limit(SHOWN_PER_GROUP).forEach(n -> rows.add(SummaryViews.change(n.number(),
                    n.change())));
            if (g.changes().size() > SHOWN_PER_GROUP) {
                Label more = new Label("\u2026 and " + (g.changes().size() - SHOWN_PER_GROUP) + " more like these;"
                        + " the plan command lists them all.");
                more.getStyleClass().add("hint");
                more.setId("moreChanges");
                rows.add(more);
            }
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
