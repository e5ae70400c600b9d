package com.tenantbridge.ui;

import com.tenantbridge.service.Failures;
import com.tenantbridge.ui.common.DialogService;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whatever escapes every handler (a bug) reaches the admin as one line in a dialog, never as a stack trace on a
 * console they cannot see; the trace goes to debug logging. One dialog at a time: a failure repeated on every
 * frame does not bury the window.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    private final DialogService dialogs;
    private final Executor fx;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UnexpectedErrors(DialogService dialogs, Executor fx) {
        this.dialogs = dialogs;
        this.fx = fx;
    }

    /** Becomes the handler of every thread, the FX application thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        org.slf4j.LoggerFactory.getLogger(UnexpectedErrors.class).debug("uncaught on {}", thread.getName(), e);
        if (e instanceof VirtualMachineError || !showing.compareAndSet(false, true)) {
            return;
        }
        fx.execute(() -> {
            try {
                dialogs.showError("Something went wrong", Failures.describe(e) + ". Your plan is as it was; save"
                        + " it, and if the window misbehaves, restart TenantBridge.", List.of());
            } finally {
                showing.set(false);
            }
        });
    }
}
