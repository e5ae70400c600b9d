package com.tenantbridge.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter PLAN_FILES =
            new FileChooser.ExtensionFilter("TenantBridge plans (*.json)", "*.json");

    private final Supplier<Window> ownerSupplier;

    /** The owner is looked up when a dialog opens, so the service can be built before the window. */
    public FxDialogService(Supplier<Window> owner) {
        this.ownerSupplier = owner;
    }

    @Override
    public Optional<Path> chooseOpenPlan(Path initialDirectory) {
        FileChooser chooser = chooser("Open plan", initialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(ownerSupplier.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSavePlan(Path initialDirectory, String suggestedFileName) {
        FileChooser chooser = chooser("Save plan", initialDirectory);
        chooser.setInitialFileName(suggestedFileName);
        chooser.setInitialDirectory(privateFolder());
        return Optional.ofNullable(chooser.showSaveDialog(ownerSupplier.get())).map(File::toPath).map(p ->
                p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json"));
    }

    @Override
    public Optional<Path> chooseCredentialsFile(String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the credentials handout");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(suggestedFileName);
        chooser.setInitialDirectory(privateFolder());
        return Optional.ofNullable(chooser.showSaveDialog(ownerSupplier.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseAccountsCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import vendor accounts");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(ownerSupplier.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // "*.html *.json *.md": one filter that shows every format the caller writes.
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName + " (" + pattern + ")",
                pattern.split(" ")));
        chooser.setInitialFileName(suggestedFileName);
        return Optional.ofNullable(chooser.showSaveDialog(ownerSupplier.get())).map(File::toPath);
    }

    /** Passwords belong in the admin's own folders, not next to wherever the app was started. */
    private static File privateFolder() {
        File home = new File(System.getProperty("user.home"));
        File documents = new File(home, "Documents");
        return documents.isDirectory() ? documents : home;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(ownerSupplier.get())).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirm(title, message, "OK");
    }

    @Override
    public java.util.Optional<Integer> chooseOne(String title, String message, java.util.List<String> choices) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        choices.forEach(c -> buttons.add(new ButtonType(c, ButtonBar.ButtonData.OTHER)));
        buttons.add(ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        alert.initOwner(ownerSupplier.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ButtonType b : buttons) {
            // A choice is read by its whole name ("C. Vendor service accounts"), never cut to equal widths.
            javafx.scene.Node button = alert.getDialogPane().lookupButton(b);
            ButtonBar.setButtonUniformSize(button, false);
            ((javafx.scene.control.Button) button).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0 && i < choices.size());
    }

    @Override
    public java.util.Optional<java.util.List<String>> askTexts(String title, String message,
            java.util.List<String> labels, java.util.List<String> initial) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(ownerSupplier.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.control.Label intro = new javafx.scene.control.Label(message);
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        grid.add(intro, 0, 0, 2, 1);
        java.util.List<javafx.scene.control.TextField> fields = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            javafx.scene.control.TextField field = new javafx.scene.control.TextField(i < initial.size()
                    ? initial.get(i) : "");
            field.setPrefColumnCount(32);
            javafx.scene.control.Label label = new javafx.scene.control.Label(labels.get(i));
            label.setLabelFor(field);
            // A company is read by its whole name, never cut to fit the field beside it.
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, 0, i + 1);
            grid.add(field, 1, i + 1);
            fields.add(field);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        javafx.beans.binding.BooleanBinding blank = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> fields.stream().anyMatch(f -> f.getText() == null || f.getText().isBlank()),
                fields.stream().map(javafx.scene.control.TextField::textProperty)
                        .toArray(javafx.beans.Observable[]::new));
        ok.disableProperty().bind(blank);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> fields.stream().map(f -> f.getText().strip()).toList());
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, ButtonType.CANCEL);
        alert.initOwner(ownerSupplier.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == go;
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String planName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(ownerSupplier.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \u201c" + planName + "\u201d?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType choice = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (choice == save) {
            return UnsavedChoice.SAVE;
        }
        return choice == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        show(Alert.AlertType.ERROR, title, message, details);
    }

    @Override
    public void showWarning(String title, String message, List<String> details) {
        show(Alert.AlertType.WARNING, title, message, details);
    }

    private void show(Alert.AlertType type, String title, String message, List<String> details) {
        Alert alert = new Alert(type);
        alert.initOwner(ownerSupplier.get());
        alert.setTitle(title);
        alert.setHeaderText(message);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(String.join("\n", details));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, details.size() + 1));
            alert.getDialogPane().setContent(area);
        }
        alert.showAndWait();
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(PLAN_FILES);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }
}
