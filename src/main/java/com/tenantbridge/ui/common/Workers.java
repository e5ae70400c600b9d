package com.tenantbridge.ui.common;

import java.util.concurrent.Executor;

/**
 * Where long work runs and where its updates land: a worker thread, and the FX thread. Tests pass
 * {@code Runnable::run} for both, so everything happens at once, in order.
 */
public record Workers(Executor background, Executor fx) {

    public static Workers direct() {
        return new Workers(Runnable::run, Runnable::run);
    }
}
