package com.tenantbridge.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. Production wraps work in a
 * javafx.concurrent.Task; tests use a synchronous implementation.
 */
public interface BackgroundTasks {
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Where a task's progress lands: the FX thread; at once, in tests. */
    default Executor fx() {
        return Runnable::run;
    }

    /** Work derived from edits, newest wins; here it runs at once, so tests see each edit's result directly. */
    default <T> LatestWins<T> latest(Consumer<T> deliver, Consumer<Throwable> failed) {
        return LatestWins.immediate(deliver, failed);
    }
}
