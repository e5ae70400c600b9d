package com.tenantbridge.ui.shell;

import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.common.StepViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The window: menu, step list, current step, navigation bar. It binds and forwards, nothing more. */
public final class ShellView {

    private final ShellViewModel vm;
    /** Each step's view is built when first shown, so the first step appears without waiting for the rest. */
    private final List<java.util.function.Supplier<Parent>> stepViews;
    private final Parent[] built;

    @FXML
    private javafx.scene.control.RadioMenuItem lightTheme;
    @FXML
    private javafx.scene.control.RadioMenuItem darkTheme;
    @FXML
    private javafx.scene.layout.BorderPane root;
    @FXML
    private ListView<StepViewModel> stepList;
    @FXML
    private Label stepTitle;
    @FXML
    private Label stepSubtitle;
    @FXML
    private StackPane content;
    @FXML
    private Label statusLabel;
    @FXML
    private Label fileLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Menu examplesMenu;
    @FXML
    private Menu recentMenu;

    public ShellView(ShellViewModel vm, List<java.util.function.Supplier<Parent>> stepViews) {
        this.vm = vm;
        this.stepViews = List.copyOf(stepViews);
        this.built = new Parent[stepViews.size()];
    }

    private Parent view(int index) {
        if (built[index] == null) {
            built[index] = stepViews.get(index).get();
        }
        return built[index];
    }

    @FXML
    private void initialize() {
        bindTheme();
        stepList.getItems().setAll(vm.steps());
        stepList.setCellFactory(list -> new StepCell());
        stepList.getSelectionModel().select(vm.navigation().index());
        stepList.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && now.intValue() != vm.navigation().index()) {
                vm.goTo(now.intValue());
                stepList.getSelectionModel().select(vm.navigation().index());
            }
        });
        vm.navigation().indexProperty().addListener((obs, old, now) -> showStep(now.intValue()));
        vm.steps().forEach(s -> s.validProperty().addListener((obs, old, now) -> stepList.refresh()));
        showStep(vm.navigation().index());

        nextButton.disableProperty().bind(vm.navigation().canNextProperty().not().or(vm.busyProperty()));
        backButton.disableProperty().bind(vm.navigation().canBackProperty().not().or(vm.busyProperty()));
        nextButton.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
        nextButton.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        backButton.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        statusLabel.textProperty().bind(vm.statusProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        busyIndicator.managedProperty().bind(vm.busyProperty());
        fileLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path file = vm.document().file();
            return file == null ? "Not saved yet" : file.toAbsolutePath().toString();
        }, vm.document().fileProperty()));

        for (ExamplePlans.Example example : ExamplePlans.ALL) {
            MenuItem item = new MenuItem(example.scenario().letter() + ". " + example.title());
            item.setOnAction(e -> vm.openExample(example));
            examplesMenu.getItems().add(item);
        }
        vm.recent().items().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();

        // Alt+Left / Alt+Right move like a browser's Back and Forward, wherever the focus is.
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
            vm.next();
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
            vm.back();
            e.consume();
        }
    }

    private void showStep(int index) {
        StepViewModel step = vm.steps().get(index);
        stepTitle.setText((index + 1) + ". " + step.title());
        stepSubtitle.setText(step.subtitle());
        content.getChildren().setAll(view(index));
        stepList.getSelectionModel().select(index);
        stepList.refresh();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path file : vm.recent().items()) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openFile(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void bindTheme() {
        Runnable show = () -> (vm.themeProperty().get() == Theme.DARK ? darkTheme : lightTheme).setSelected(true);
        show.run();
        vm.themeProperty().addListener((obs, old, now) -> show.run());
        lightTheme.setOnAction(e -> vm.themeProperty().set(Theme.LIGHT));
        darkTheme.setOnAction(e -> vm.themeProperty().set(Theme.DARK));
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onBack() {
        vm.back();
    }

    @FXML
    private void onNew() {
        vm.newPlan();
    }

    @FXML
    private void onOpen() {
        vm.open();
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onSaveAs() {
        vm.saveAs();
    }

    @FXML
    private void onExit() {
        vm.requestExit();
    }

    /** A numbered step: check mark once valid and behind us, greyed when it cannot be reached yet. */
    private final class StepCell extends ListCell<StepViewModel> {
        @Override
        protected void updateItem(StepViewModel step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeAll("current", "done", "unreachable");
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int index = getIndex();
            int current = vm.navigation().index();
            Label number = new Label(Integer.toString(index + 1));
            number.getStyleClass().add("step-number");
            if (index < current && step.validProperty().get()) {
                number.setText("");
                number.setGraphic(new FontIcon(Material2AL.CHECK));
                getStyleClass().add("done");
            }
            if (index == current) {
                getStyleClass().add("current");
            } else if (!vm.navigation().canGoTo(index)) {
                getStyleClass().add("unreachable");
            }
            HBox box = new HBox(10, number, new Label(step.title()));
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
            setAccessibleText("Step " + (index + 1) + ": " + step.title());
        }
    }
}
