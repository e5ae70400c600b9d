package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.ui.common.SummaryViews;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

public final class DetailsStepView {

    private final DetailsStepViewModel vm;
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();

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
    private Label hostDomainMessage;
    @FXML
    private VBox examplePrompt;
    @FXML
    private Label problemsTitle;
    @FXML
    private ListView<Problem> problemList;
    @FXML
    private VBox summary;

    public DetailsStepView(DetailsStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        planName.textProperty().bindBidirectional(vm.planNameProperty());
        hostName.textProperty().bindBidirectional(vm.hostNameProperty());
        hostDomain.textProperty().bindBidirectional(vm.hostDomainProperty());
        examplePrompt.visibleProperty().bind(vm.sectionMissingProperty());
        examplePrompt.managedProperty().bind(vm.sectionMissingProperty());
        problemList.setItems(vm.problems());
        problemList.setCellFactory(list -> new SummaryViews.ProblemCell());
        problemList.setPlaceholder(new Label("No problems: the plan is ready to check."));
        problemsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = vm.problems().stream().filter(Problem::isError).count();
            long warnings = vm.problems().size() - errors;
            return "Problems (" + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s") + ")";
        }, vm.problems()));
        vm.problems().addListener((ListChangeListener<Problem>) c -> decorate());
        vm.summary().addListener((ListChangeListener<PlanSummary.Section>) c -> showSummary());
        decorate();
        showSummary();
    }

    @FXML
    private void onStartFromExample() {
        vm.startFromExample();
    }

    private void showSummary() {
        summary.getChildren().setAll(SummaryViews.sections(vm.summary()));
    }

    /** A text field, the label under it, and the plan paths whose problems it shows. */
    private record Field(TextField field, Label message, List<String> paths) {
    }

    /** Draws each field's first problem on the field (ControlsFX decoration) and under it. */
    private void decorate() {
        List<Field> fields = List.of(
                new Field(planName, planNameMessage, List.of("name")),
                new Field(hostName, hostNameMessage, List.of("hostTenant.name", "hostTenant")),
                new Field(hostDomain, hostDomainMessage, List.of("hostTenant.domain")));
        for (Field f : fields) {
            Optional<Problem> problem = vm.problems().stream().filter(p -> f.paths().contains(p.path())).findFirst();
            decoration.removeDecorations(f.field());
            problem.ifPresent(p -> decoration.applyValidationDecoration(p.isError()
                    ? ValidationMessage.error(f.field(), p.message())
                    : ValidationMessage.warning(f.field(), p.message())));
            f.message().setText(problem.map(Problem::message).orElse(""));
        }
    }
}
