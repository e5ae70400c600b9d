package com.tenantbridge.ui.details;

import com.tenantbridge.ui.common.FieldMarks;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * A two-column form (label, field with its message under it) whose fields show the plan's problems at their
 * paths. Fields bind either to a fixed property or to a property of the row selected in a list.
 */
final class Forms {

    private final GridPane grid = new GridPane();
    private final FieldMarks marks;
    private int row;

    Forms(FieldMarks marks) {
        this.marks = marks;
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setPrefWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    GridPane grid() {
        return grid;
    }

    /** Puts a control on its own row with its label, and marks it with the problems at {@code paths}. */
    <C extends Control> C add(String label, C control, Supplier<List<String>> paths) {
        Label name = new Label(label);
        name.setLabelFor(control);
        name.setMnemonicParsing(true);
        name.setWrapText(true);
        control.setAccessibleText(label.replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        grid.add(name, 0, row);
        grid.add(control, 1, row++);
        grid.add(message, 1, row++);
        marks.add(control, message, paths);
        return control;
    }

    TextField text(String label, StringProperty value, String path, String prompt) {
        TextField field = new TextField();
        field.setPromptText(example(prompt));
        field.textProperty().bindBidirectional(value);
        return add(label, field, () -> List.of(path));
    }

    TextArea area(String label, StringProperty value, String path, String prompt) {
        TextArea area = new TextArea();
        area.setPromptText(example(prompt));
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        return add(label, area, () -> List.of(path));
    }

    <T> ComboBox<T> choice(String label, ObjectProperty<T> value, List<T> values, Function<T, String> names,
            String path) {
        ComboBox<T> box = combo(values, names);
        box.valueProperty().bindBidirectional(value);
        return add(label, box, () -> List.of(path));
    }

    /** A text field that edits the selected row's property; disabled while no row is selected. */
    <R> TextField rowText(String label, ReadOnlyObjectProperty<R> selected, Function<R, StringProperty> property,
            Supplier<List<String>> paths, String prompt) {
        TextField field = new TextField();
        field.setPromptText(example(prompt));
        follow(selected, field, property, field.textProperty(), "");
        return add(label, field, paths);
    }

    <R, T> ComboBox<T> rowChoice(String label, ReadOnlyObjectProperty<R> selected,
            Function<R, ObjectProperty<T>> property, List<T> values, Function<T, String> names,
            Supplier<List<String>> paths) {
        ComboBox<T> box = combo(values, names);
        follow(selected, box, property, box.valueProperty(), null);
        return add(label, box, paths);
    }

    static <T> ComboBox<T> combo(List<T> values, Function<T, String> names) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : names.apply(t);
            }

            @Override
            public T fromString(String s) {
                return values.stream().filter(v -> names.apply(v).equals(s)).findFirst().orElse(null);
            }
        });
        return box;
    }

    /** Rebinds {@code field} to the newly selected row's property, leaving the previous row untouched. */
    static <R, T> void follow(ReadOnlyObjectProperty<R> selected, Control control,
            Function<R, ? extends Property<T>> property, Property<T> field, T empty) {
        selected.addListener((obs, old, now) -> {
            if (old != null) {
                field.unbindBidirectional(property.apply(old));
            }
            if (now != null) {
                field.bindBidirectional(property.apply(now));
            } else {
                field.setValue(empty);
            }
            control.setDisable(now == null);
        });
        if (selected.get() != null) {
            field.bindBidirectional(property.apply(selected.get()));
        }
        control.setDisable(selected.get() == null);
    }

    /**
     * A prompt reads as an example, not as a value already filled in: an empty field showing "Technician1@abc.com"
     * looked done.
     */
    static String example(String prompt) {
        return prompt == null || prompt.isEmpty() || prompt.startsWith("e.g. ") ? prompt : "e.g. " + prompt;
    }

    static void prompt(TextInputControl control, String text) {
        control.setPromptText(example(text));
    }
}
