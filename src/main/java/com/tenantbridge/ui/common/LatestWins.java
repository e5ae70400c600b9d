package com.tenantbridge.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Work derived from what the admin types: it starts once the edits pause, runs off the FX thread, and only the
 * newest submission's result is delivered (an older one still running is left to finish and dropped). At most one
 * runs at a time, so a burst of keystrokes costs one derivation, not one per key. {@link #updatingProperty} is true
 * from a submission until its result is delivered. Submit, settle and every callback are on the FX thread.
 */
public final class LatestWins<T> {

    private final Executor background;
    private final Executor fx;
    private final PauseTransition quiet;
    private final Consumer<T> deliver;
    private final Consumer<Throwable> failed;
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper(this, "updating");
    private final List<Runnable> whenSettled = new ArrayList<>();
    private Callable<T> pending;
    private long generation;
    private boolean running;
    private boolean due;

    /**
     * {@code quiet} null runs every submission at once on the caller's thread (view-model tests); otherwise the
     * work starts {@code quiet} after the last submission, on {@code background}, and is delivered through
     * {@code fx}.
     */
    public LatestWins(Executor background, Executor fx, Duration quiet, Consumer<T> deliver,
            Consumer<Throwable> failed) {
        this.background = background;
        this.fx = fx;
        this.deliver = deliver;
        this.failed = failed;
        if (quiet == null) {
            this.quiet = null;
        } else {
            this.quiet = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
            this.quiet.setOnFinished(e -> due());
        }
    }

    /** Delivers every result at once, on the caller's thread. */
    public static <T> LatestWins<T> immediate(Consumer<T> deliver, Consumer<Throwable> failed) {
        return new LatestWins<>(Runnable::run, Runnable::run, null, deliver, failed);
    }

    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    public void submit(Callable<T> work) {
        pending = work;
        generation++;
        updating.set(true);
        if (quiet == null) {
            due();
        } else {
            quiet.playFromStart();
        }
    }

    /** Runs {@code then} once the newest submission is delivered: at once when nothing is pending. */
    public void whenSettled(Runnable then) {
        if (!updating.get()) {
            then.run();
            return;
        }
        whenSettled.add(then);
        if (quiet != null && pending != null) {
            // Someone waits for the result (e.g. Next was pressed): no reason to wait for the pause too.
            quiet.stop();
            due();
        }
    }

    private void due() {
        due = true;
        if (running || pending == null) {
            return;
        }
        Callable<T> work = pending;
        long of = generation;
        pending = null;
        due = false;
        running = true;
        background.execute(() -> {
            T value = null;
            Throwable error = null;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                // Even an error ends the update: Next waits for it, and must not wait for ever.
                error = e;
            }
            T result = value;
            Throwable problem = error;
            fx.execute(() -> finished(of, result, problem));
        });
    }

    private void finished(long of, T value, Throwable error) {
        running = false;
        if (of != generation) {
            if (due) {
                due();
            }
            return;
        }
        if (error == null) {
            deliver.accept(value);
        } else {
            failed.accept(error);
        }
        updating.set(false);
        List<Runnable> waiting = List.copyOf(whenSettled);
        whenSettled.clear();
        waiting.forEach(Runnable::run);
    }
}
