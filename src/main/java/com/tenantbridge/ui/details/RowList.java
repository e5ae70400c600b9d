package com.tenantbridge.ui.details;

import com.tenantbridge.ui.common.FieldMarks;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A list of plan rows (partners, accounts, segments…): a table to pick one, Add and Remove beside it, and a
 * form below that edits the picked row. Rows with a problem carry an icon, and the form's fields name the
 * picked row's paths, e.g. {@code vendors.accounts[2].contactEmail}.
 */
final class RowList<R> {

    private ObservableList<R> rows;
    private final Supplier<String> basePath;
    private final FieldMarks marks;
    private final TableView<R> table = new TableView<>();
    private final FitColumns<R> fit = new FitColumns<>(table);
    private final Forms form;
    private final VBox node;
    private final HBox buttons;

    RowList(String id, String title, ObservableList<R> rows, String basePath, FieldMarks marks, Supplier<R> add,
            Consumer<R> remove) {
        this(id, title, rows, () -> basePath, marks, add, remove);
    }

    /** {@code basePath} may change, e.g. the guests of whichever target is picked. */
    RowList(String id, String title, ObservableList<R> rows, Supplier<String> basePath, FieldMarks marks,
            Supplier<R> add, Consumer<R> remove) {
        this.rows = rows;
        this.basePath = basePath;
        this.marks = marks;
        this.form = new Forms(marks);
        table.setId(id);
        table.setItems(rows);
        // Columns keep the width of their text (FitColumns); a narrow form scrolls the table sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(150);
        table.setMinHeight(110);
        table.setPlaceholder(new Label("None yet: use Add."));
        table.setAccessibleText(title);
        TableColumn<R, Boolean> status = new TableColumn<>("");
        status.setPrefWidth(30);
        status.setMaxWidth(30);
        status.setSortable(false);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                int index = getIndex();
                boolean bad = !empty && index >= 0 && index < RowList.this.rows.size()
                        && marks.anyUnder(path(index));
                setGraphic(bad ? icon() : null);
            }
        });
        table.getColumns().add(status);
        marks.onChange(table::refresh);
        Button addButton = new Button("Add");
        addButton.setId(id + "-add");
        addButton.setGraphic(new FontIcon(Material2AL.ADD));
        addButton.setOnAction(e -> {
            R row = add.get();
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        Button removeButton = new Button("Remove");
        removeButton.setId(id + "-remove");
        removeButton.setGraphic(new FontIcon(Material2AL.DELETE_OUTLINE));
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> remove.accept(table.getSelectionModel().getSelectedItem()));
        buttons = new HBox(8, addButton, removeButton);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.size(rows).asString("%d"));
        HBox top = new HBox(10, heading, count);
        Label listMessage = new Label();
        marks.add(table, listMessage, () -> List.of(basePath.get()));
        node = new VBox(6, top, table, buttons, listMessage, form.grid());
        VBox.setVgrow(table, Priority.SOMETIMES);
        rows.addListener(selectWhenFilled);
        selected().addListener((obs, old, now) -> marks.refresh());
    }

    private final ListChangeListener<R> selectWhenFilled = c -> {
        if (table.getSelectionModel().getSelectedItem() == null && !c.getList().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    };

    /** Shows another list, e.g. the guests of the target just picked. */
    void setRows(ObservableList<R> rows) {
        this.rows.removeListener(selectWhenFilled);
        this.rows = rows;
        rows.addListener(selectWhenFilled);
        table.setItems(rows);
        selectFirst();
        marks.refresh();
    }

    private static FontIcon icon() {
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("problem-error");
        return icon;
    }

    RowList<R> column(String header, Function<R, ObservableValue<String>> value) {
        TableColumn<R, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        table.getColumns().add(column);
        fit.add(column, value);
        return this;
    }

    ReadOnlyObjectProperty<R> selected() {
        return table.getSelectionModel().selectedItemProperty();
    }

    String path(int index) {
        return basePath.get() + "[" + index + "]";
    }

    /** The picked row's path for a field, e.g. {@code vendors.accounts[2].contactEmail}. */
    Supplier<List<String>> field(String name) {
        return () -> {
            int index = rows.indexOf(selected().get());
            return index < 0 ? List.of() : List.of(path(index) + "." + name);
        };
    }

    Forms form() {
        return form;
    }

    HBox buttons() {
        return buttons;
    }

    TableView<R> table() {
        return table;
    }

    VBox node() {
        return node;
    }

    /** Selects the first row if there is one, e.g. after the form was loaded from a plan. */
    void selectFirst() {
        if (!rows.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    FieldMarks marks() {
        return marks;
    }
}
