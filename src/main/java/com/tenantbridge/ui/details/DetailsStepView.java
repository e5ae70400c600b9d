package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.TechnicianApp;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.ui.common.FieldMarks;
import com.tenantbridge.ui.common.SummaryViews;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

public final class DetailsStepView {

    private final DetailsStepViewModel vm;

    @FXML
    private TextField planName;
    @FXML
    private TextField hostName;
    @FXML
    private TextField hostDomain;
    @FXML
    private Label planNameMessage;
    @FXML
    private Label hostNameMessage;
    @FXML
    private ComboBox<TechnicianApp> technicianApp;
    @FXML
    private Label technicianAppMessage;
    @FXML
    private CheckBox keepPastEnd;
    @FXML
    private Label hostDomainMessage;
    @FXML
    private VBox examplePrompt;
    @FXML
    private Label status;
    @FXML
    private StackPane scenarioForm;
    @FXML
    private javafx.scene.control.ScrollPane formScroll;
    @FXML
    private Tab problemsTab;
    @FXML
    private ListView<Problem> problemList;
    @FXML
    private VBox summary;
    @FXML
    private StackPane topology;
    @FXML
    private StackPane reach;
    @FXML
    private Tab reachTab;
    @FXML
    private Label updating;
    @FXML
    private Tab runbookTab;
    @FXML
    private ComboBox<String> runbookTenant;
    @FXML
    private TextArea runbook;
    @FXML
    private Button copyRunbook;
    @FXML
    private Button saveRunbook;

    public DetailsStepView(DetailsStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        FieldMarks marks = new FieldMarks(vm.problems());
        com.tenantbridge.ui.common.Scrolling.keepFocusedVisible(formScroll);
        planName.textProperty().bindBidirectional(vm.planNameProperty());
        hostName.textProperty().bindBidirectional(vm.hostNameProperty());
        hostDomain.textProperty().bindBidirectional(vm.hostDomainProperty());
        marks.add(planName, planNameMessage, "name");
        marks.add(hostName, hostNameMessage, "hostTenant.name", "hostTenant");
        marks.add(hostDomain, hostDomainMessage, "hostTenant.domain");
        technicianApp.getItems().setAll(TechnicianApp.values());
        technicianApp.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TechnicianApp app) {
                return app == null ? "" : app.shortLabel();
            }

            @Override
            public TechnicianApp fromString(String text) {
                return null;
            }
        });
        technicianApp.valueProperty().bindBidirectional(vm.app().appProperty());
        keepPastEnd.selectedProperty().bindBidirectional(vm.app().keepPastEndProperty());
        keepPastEnd.visibleProperty().bind(vm.app().endsProperty());
        keepPastEnd.managedProperty().bind(vm.app().endsProperty());
        marks.add(technicianApp, technicianAppMessage, "technicianApp");
        examplePrompt.visibleProperty().bind(vm.sectionMissingProperty());
        examplePrompt.managedProperty().bind(vm.sectionMissingProperty());
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(vm.statusProperty().isNotEmpty());
        updating.visibleProperty().bind(vm.updatingProperty());

        Map<Scenario, Node> forms = new EnumMap<>(Scenario.class);
        forms.put(Scenario.FEDERATION, FederationForm.build(vm.federation(), marks));
        forms.put(Scenario.GUEST_ACCESS, GuestForm.build(vm.guests(), marks));
        forms.put(Scenario.VENDOR_ACCOUNTS, VendorForm.build(vm.vendors(), marks, vm::importVendors,
                vm::suggestBarriers));
        forms.put(Scenario.ANONYMOUS_JOIN, AnonymousJoinForm.build(vm.anonymousJoin(), marks));
        forms.forEach((scenario, form) -> {
            form.visibleProperty().bind(vm.scenarioProperty().isEqualTo(scenario));
            form.managedProperty().bind(form.visibleProperty());
        });
        scenarioForm.getChildren().setAll(forms.values());

        problemList.setItems(vm.problems());
        problemList.setCellFactory(list -> new SummaryViews.ProblemCell());
        Label noProblems = new Label("No problems: everyone the plan names would reach whom they must. Ready to"
                + " check against the tenants.");
        noProblems.setWrapText(true);
        noProblems.setMaxWidth(360);
        problemList.setPlaceholder(noProblems);
        problemsTab.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = vm.problems().stream().filter(Problem::isError).count();
            long warnings = vm.problems().size() - errors;
            return errors + warnings == 0 ? "Problems" : "Problems (" + (errors + warnings) + ")";
        }, vm.problems()));
        org.kordamp.ikonli.javafx.FontIcon errorIcon = new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.material2.Material2AL.ERROR);
        errorIcon.getStyleClass().add("problem-error");
        problemsTab.graphicProperty().bind(Bindings.when(vm.validProperty()).then((Node) null)
                .otherwise(errorIcon));
        vm.summary().addListener((ListChangeListener<PlanSummary.Section>) c -> showSummary());
        vm.now().addListener((ListChangeListener<com.tenantbridge.service.check.CheckResult>) c -> showSummary());
        showSummary();

        com.tenantbridge.ui.common.TopologyView picture = new com.tenantbridge.ui.common.TopologyView();
        picture.setId("topologyView");
        topology.getChildren().setAll(new javafx.scene.control.ScrollPane(picture) {
            {
                setFitToWidth(true);
                setFitToHeight(true);
                getStyleClass().add("plain-scroll");
            }
        });
        vm.topologyProperty().addListener((obs, old, now) -> picture.show(now));
        picture.show(vm.topologyProperty().get());

        com.tenantbridge.ui.common.ReachView matrix = new com.tenantbridge.ui.common.ReachView();
        matrix.setId("reachView");
        reachTab.setTooltip(new javafx.scene.control.Tooltip("Who can reach whom once the plan is applied"));
        reach.getChildren().setAll(matrix);
        Runnable showReach = () -> matrix.show(vm.reachProperty().get(), null, vm.reachBySegmentProperty().get());
        vm.reachProperty().addListener((obs, old, now) -> showReach.run());
        showReach.run();

        runbookTenant.setItems(vm.runbookTenants());
        runbookTenant.valueProperty().bindBidirectional(vm.runbookTenantProperty());
        // A runbook of 3,000 accounts is 30 kB of text: it is laid out again only when its tab is in view.
        Runnable showRunbook = () -> {
            if (runbookTab.isSelected()) {
                runbook.setText(vm.runbookProperty().get());
            }
        };
        vm.runbookProperty().addListener((obs, old, now) -> showRunbook.run());
        runbookTab.selectedProperty().addListener((obs, old, now) -> showRunbook.run());
        copyRunbook.disableProperty().bind(vm.runbookProperty().isEmpty());
        saveRunbook.disableProperty().bind(vm.runbookProperty().isEmpty());
    }

    @FXML
    private void onStartFromExample() {
        vm.startFromExample();
    }

    @FXML
    private void onCopyRunbook() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.runbookProperty().get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void onSaveRunbook() {
        vm.saveRunbook();
    }

    private void showSummary() {
        summary.getChildren().setAll(SummaryViews.sections(vm.summary()));
        if (!vm.now().isEmpty()) {
            javafx.scene.control.Label heading = new javafx.scene.control.Label("Now in the tenants (kept unless the"
                    + " plan names it)");
            heading.getStyleClass().add("summary-title");
            heading.setWrapText(true);
            summary.getChildren().add(heading);
            vm.now().forEach(r -> summary.getChildren().add(SummaryViews.check(r)));
        }
    }
}
