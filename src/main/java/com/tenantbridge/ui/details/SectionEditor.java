package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.Problem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The editable form of one scenario's plan section. Values live in JavaFX properties while the admin types;
 * {@link #section()} turns them into the typed record the plan holds, and {@link #load} fills them from one.
 * Every change calls the edit hook, so the shell commits at once and validation runs on the whole plan.
 * Change listeners, not invalidation listeners: a property nobody has read since it was loaded stays invalid
 * and would not report the admin's first edit.
 */
abstract class SectionEditor<T> {

    /** A row of a list in the form; its parts are properties, or lists of further rows. */
    interface Row {
        Observable[] parts();
    }

    private Runnable onEdit = () -> { };
    private final ChangeListener<Object> changed = (obs, old, now) -> edited();

    final void setOnEdit(Runnable onEdit) {
        this.onEdit = onEdit;
    }

    protected final void edited() {
        onEdit.run();
    }

    protected final <P extends ObservableValue<?>> P watch(P property) {
        property.addListener(changed);
        return property;
    }

    /** A list whose rows' properties, and their own lists of rows, count as edits too. */
    protected final <R extends Row> ObservableList<R> watchedList() {
        ObservableList<R> list = FXCollections.observableArrayList();
        watchRows(list);
        return list;
    }

    private void watchRows(ObservableList<? extends Row> list) {
        Map<Row, Runnable> detach = new IdentityHashMap<>();
        list.forEach(r -> detach.put(r, attach(r)));
        list.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> {
                    Runnable d = detach.remove(r);
                    if (d != null) {
                        d.run();
                    }
                });
                c.getAddedSubList().forEach(r -> detach.put(r, attach(r)));
            }
            edited();
        });
    }

    @SuppressWarnings("unchecked")
    private Runnable attach(Row row) {
        List<Runnable> undo = new ArrayList<>();
        for (Observable part : row.parts()) {
            if (part instanceof ObservableList<?> nested) {
                watchRows((ObservableList<? extends Row>) nested);
            } else if (part instanceof ObservableValue<?> value) {
                value.addListener(changed);
                undo.add(() -> value.removeListener(changed));
            }
        }
        return () -> undo.forEach(Runnable::run);
    }

    /** Fills the form from the plan; null empties it. */
    abstract void load(T section);

    /** The section as the form now holds it; null while the form is empty. */
    abstract T section();

    /** Problems in what the admin typed that the plan cannot hold, e.g. a time that is not a time. */
    List<Problem> inputProblems() {
        return List.of();
    }
}
