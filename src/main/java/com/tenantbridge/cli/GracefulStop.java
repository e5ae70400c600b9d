package com.tenantbridge.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C during a run: asks the run to stop after what it has in hand, and holds the JVM's shutdown until the
 * run has stopped and said so (up to a minute), so the journal records everything that was done.
 */
final class GracefulStop implements AutoCloseable {

    private static final long WAIT_SECONDS = 60;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    GracefulStop(String name) {
        hook = new Thread(() -> {
            requested.set(true);
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean requested() {
        return requested.get();
    }

    /** The hook the JVM runs on Ctrl+C; for tests. */
    Thread hook() {
        return hook;
    }

    /** The run has stopped and reported: the JVM may go. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping, and now waits no longer
        }
    }
}
