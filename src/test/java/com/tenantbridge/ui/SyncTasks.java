package com.tenantbridge.ui;

import com.tenantbridge.ui.common.BackgroundTasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread, so view-model tests stay deterministic. */
public final class SyncTasks implements BackgroundTasks {

    private final java.util.concurrent.Executor fx;

    public SyncTasks() {
        this(Runnable::run);
    }

    /** {@code fx} stands for the FX thread, e.g. to act between two updates the way a click lands. */
    public SyncTasks(java.util.concurrent.Executor fx) {
        this.fx = fx;
    }

    @Override
    public java.util.concurrent.Executor fx() {
        return fx;
    }
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        deliver(work, onSuccess, onFailure);
    }

    /** Runs {@code work} here and now and hands its result or failure on. */
    public static <T> void deliver(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }
}
