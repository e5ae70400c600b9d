package com.tenantbridge.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs each job as a javafx.concurrent.Task on daemon threads; callbacks arrive on the FX thread. */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tenantbridge-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(description);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    @Override
    public java.util.concurrent.Executor fx() {
        return javafx.application.Platform::runLater;
    }

    /**
     * Starts after 120 ms without an edit: about the pause between two keystrokes of someone typing steadily, so a
     * word typed costs one derivation.
     */
    @Override
    public <T> LatestWins<T> latest(Consumer<T> deliver, Consumer<Throwable> failed) {
        return new LatestWins<>(executor, javafx.application.Platform::runLater, java.time.Duration.ofMillis(120),
                deliver, failed);
    }
}
