package com.tenantbridge.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a table's text columns at least as wide as their header and their text ("V1_Remote…" names no segment), so
 * a narrow window scrolls the table sideways instead of cutting words. The widest of the first
 * {@value #MEASURED_ROWS} rows counts (a 3,000-row import is not measured whole at every change), and the row being
 * edited grows its columns as the admin types.
 */
final class FitColumns<R> {

    static final int MEASURED_ROWS = 200;
    /** A cell's padding on both sides, and the header's room for its sort arrow. */
    private static final double CELL_PADDING = 28;
    private static final double HEADER_PADDING = 34;

    private record Fitted<R>(TableColumn<R, String> column, Function<R, ObservableValue<String>> value) {
    }

    private final TableView<R> table;
    private final List<Fitted<R>> columns = new ArrayList<>();
    private final Text ruler = new Text();
    private final List<Runnable> detachEdited = new ArrayList<>();
    private final ListChangeListener<R> rowsChanged = c -> fitAll();
    private ObservableList<R> watched;
    private boolean waitingForCells;

    FitColumns(TableView<R> table) {
        this.table = table;
        watched = table.getItems();
        watched.addListener(rowsChanged);
        // An invalidation listener: a change listener is not told when one empty list replaces another (equal).
        table.itemsProperty().addListener(obs -> {
            watched.removeListener(rowsChanged);
            watched = table.getItems() == null ? FXCollections.observableArrayList() : table.getItems();
            watched.addListener(rowsChanged);
            fitAll();
        });
        // Fonts are known once the table is styled; measure again then.
        table.skinProperty().addListener((obs, old, now) -> fitAll());
        table.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0) {
                fitAll();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> followEdits(now));
    }

    void add(TableColumn<R, String> column, Function<R, ObservableValue<String>> value) {
        columns.add(new Fitted<>(column, value));
        fitAll();
    }

    private void fitAll() {
        ObservableList<R> rows = table.getItems();
        Font font = font();
        if (font == null) {
            fitWhenStyled();
            font = Font.getDefault();
        }
        Font header = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        for (Fitted<R> f : columns) {
            double width = width(f.column().getText(), header) + HEADER_PADDING;
            for (int i = 0; rows != null && i < Math.min(rows.size(), MEASURED_ROWS); i++) {
                width = Math.max(width, cellWidth(f, rows.get(i), font));
            }
            fitTo(f.column(), Math.ceil(width));
        }
    }

    /** The row the form edits: its columns grow with what is typed into it. */
    private void followEdits(R row) {
        detachEdited.forEach(Runnable::run);
        detachEdited.clear();
        if (row == null) {
            return;
        }
        for (Fitted<R> f : columns) {
            ObservableValue<String> value = f.value().apply(row);
            InvalidationListener grow = obs -> fitTo(f.column(), Math.max(f.column().getMinWidth(),
                    Math.ceil(cellWidth(f, row, font() == null ? Font.getDefault() : font()))));
            value.addListener(grow);
            detachEdited.add(() -> value.removeListener(grow));
        }
    }

    private static void fitTo(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
    }

    private double cellWidth(Fitted<R> f, R row, Font font) {
        String text = f.value().apply(row).getValue();
        return text == null || text.isEmpty() ? 0 : width(text, font) + CELL_PADDING;
    }

    private double width(String text, Font font) {
        ruler.setFont(font);
        ruler.setText(text);
        return ruler.getLayoutBounds().getWidth();
    }

    /** The font the cells are drawn in; null until the table has drawn a cell. */
    private Font font() {
        Node cell = table.lookup(".table-row-cell .table-cell");
        return cell instanceof Labeled labeled ? labeled.getFont() : null;
    }

    /** Measures again after the next layout, when the cells exist and have their font from the theme. */
    private void fitWhenStyled() {
        Scene scene = table.getScene();
        if (scene == null || waitingForCells) {
            return;
        }
        waitingForCells = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            waitingForCells = false;
            if (font() != null) {
                fitAll();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
