package com.tenantbridge.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of background work with a handle, as JabRef's BackgroundTask: its state, message and progress are
 * properties a view binds to, it can be cancelled, and its callbacks run on the FX thread. View models keep no
 * busy flag of their own: {@link RunningTasks} derives it from the tasks it started.
 */
public final class BackgroundTask<T> {

    public enum State { READY, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** The work itself, off the FX thread; it reports through {@code progress} and stops when it is cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private volatile boolean cancelRequested;

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
        running.bind(state.isEqualTo(State.RUNNING));
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Runs on the FX thread with the work's result, also when it was cancelled (the result says how far it got). */
    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        onSuccess = callback;
        return this;
    }

    /** Runs on the FX thread with what the work threw. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        onFailure = callback;
        return this;
    }

    /** Starts the work; called on the FX thread, once. */
    public BackgroundTask<T> runWith(BackgroundTasks tasks) {
        if (state.get() != State.READY) {
            throw new IllegalStateException(title + " was started already");
        }
        state.set(State.RUNNING);
        TaskProgress reporter = new TaskProgress() {
            @Override
            public void message(String text) {
                tasks.fx().execute(() -> message.set(text));
            }

            @Override
            public void progress(long done, long total) {
                double share = total <= 0 ? -1 : Math.min(1, (double) done / total);
                tasks.fx().execute(() -> progress.set(share));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
        tasks.run(title, () -> work.call(reporter), value -> {
            state.set(cancelRequested ? State.CANCELLED : State.SUCCEEDED);
            onSuccess.accept(value);
        }, error -> {
            state.set(State.FAILED);
            onFailure.accept(error);
        });
        return this;
    }

    /** Asks the work to stop at its next safe point; what it finished stays done. */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
