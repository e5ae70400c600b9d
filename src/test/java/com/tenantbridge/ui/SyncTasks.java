package com.tenantbridge.ui;

import com.tenantbridge.ui.common.BackgroundTasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread, so view-model tests stay deterministic. */
public final class SyncTasks implements BackgroundTasks {
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
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
