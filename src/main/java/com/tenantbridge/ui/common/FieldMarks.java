package com.tenantbridge.ui.common;

import com.tenantbridge.domain.plan.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import atlantafx.base.theme.Styles;

/**
 * Draws the plan's problems on the fields they name: the theme's danger or warning state on the control (a red or
 * amber outline, in both themes) and the message in the label under it. (A ControlsFX decoration did this before;
 * it swaps the scene's root on first use, which left the theme's colours unresolved for a moment: 46 CSS warnings
 * when Details opened.) A field names the plan paths it shows; for a row of a list the paths follow the selected
 * row, so call {@link #refresh()} when the selection changes.
 */
public final class FieldMarks {

    private record Mark(Control control, Label message, Supplier<List<String>> paths) {
    }

    private final ObservableList<Problem> problems;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public FieldMarks(ObservableList<Problem> problems) {
        this.problems = problems;
        problems.addListener((ListChangeListener<Problem>) c -> refresh());
    }

    public void add(Control control, Label message, String... paths) {
        List<String> fixed = List.of(paths);
        add(control, message, () -> fixed);
    }

    public void add(Control control, Label message, Supplier<List<String>> paths) {
        marks.add(new Mark(control, message, paths));
        if (message != null) {
            message.getStyleClass().add("field-error");
            message.setWrapText(true);
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
        }
        refresh();
    }

    /** The first problem at any of the paths, errors before warnings. */
    public Optional<Problem> first(List<String> paths) {
        return problems.stream().filter(p -> paths.contains(p.path())).filter(Problem::isError).findFirst()
                .or(() -> problems.stream().filter(p -> paths.contains(p.path())).findFirst());
    }

    /** Whether any problem lies at or under the path, e.g. a row {@code vendors.accounts[2]}. */
    public boolean anyUnder(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path) || p.path().startsWith(path + ".")
                || p.path().startsWith(path + "["));
    }

    /** Runs after every refresh, e.g. to redraw a table's row icons. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void refresh() {
        listeners.forEach(Runnable::run);
        for (Mark m : marks) {
            Optional<Problem> problem = first(m.paths().get());
            m.control().pseudoClassStateChanged(Styles.STATE_DANGER, problem.map(Problem::isError).orElse(false));
            m.control().pseudoClassStateChanged(Styles.STATE_WARNING, problem.map(p -> !p.isError()).orElse(false));
            if (m.message() != null) {
                m.message().setText(problem.map(Problem::message).orElse(""));
                m.message().getStyleClass().remove("field-warning");
                if (problem.isPresent() && !problem.get().isError()) {
                    m.message().getStyleClass().add("field-warning");
                }
            }
        }
    }
}
