package com.tenantbridge.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The tasks a view model started and which still run: its busy state, derived rather than set by hand. Used on the
 * FX thread.
 */
public final class RunningTasks {

    private final BackgroundTasks tasks;
    private final List<BackgroundTask<?>> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public RunningTasks(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Starts {@code task}; the view model is busy until it ends, before its callback runs. */
    public <T> BackgroundTask<T> start(BackgroundTask<T> task) {
        running.add(task);
        busy.set(true);
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                running.remove(task);
                busy.set(!running.isEmpty());
            }
        });
        task.runWith(tasks);
        return task;
    }

    /** Asks every running task to stop. */
    public void cancelAll() {
        List.copyOf(running).forEach(BackgroundTask::cancel);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public BackgroundTasks tasks() {
        return tasks;
    }
}
