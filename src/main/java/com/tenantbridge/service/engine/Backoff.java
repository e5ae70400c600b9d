package com.tenantbridge.service.engine;

import com.tenantbridge.service.port.NotFoundException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits out Microsoft Entra replication: right after a create, Graph answers 404 for the new object for a few
 * seconds (up to a minute or two). Calls that reference such an object are retried with growing pauses.
 * 429 and 503 are not handled here: the SDK's retry handler honours their Retry-After.
 */
public final class Backoff {

    private final long firstMillis;
    private final long totalMillis;
    private final BooleanSupplier cancelled;

    public Backoff(long firstMillis, long totalMillis, BooleanSupplier cancelled) {
        this.firstMillis = firstMillis;
        this.totalMillis = totalMillis;
        this.cancelled = cancelled;
    }

    /** Production pacing: 0.5 s doubling up to two minutes in all. */
    public static Backoff replication(BooleanSupplier cancelled) {
        return new Backoff(500, 120_000, cancelled);
    }

    /** Runs {@code call}, retrying while it throws NotFoundException. */
    public <T> T onNotFound(Supplier<T> call) {
        long waited = 0;
        long pause = firstMillis;
        while (true) {
            try {
                return call.get();
            } catch (NotFoundException e) {
                if (waited >= totalMillis || cancelled.getAsBoolean()) {
                    throw e;
                }
                waited += sleep(Math.min(pause, totalMillis - waited));
                pause = Math.min(pause * 2, 16_000);
            }
        }
    }

    public void onNotFound(Runnable call) {
        onNotFound(() -> {
            call.run();
            return null;
        });
    }

    /** Looks something up until it appears or the time is up. */
    public <T> Optional<T> untilPresent(Supplier<Optional<T>> lookup) {
        long waited = 0;
        long pause = firstMillis;
        while (true) {
            Optional<T> found = lookup.get();
            if (found.isPresent() || waited >= totalMillis || cancelled.getAsBoolean()) {
                return found;
            }
            waited += sleep(Math.min(pause, totalMillis - waited));
            pause = Math.min(pause * 2, 16_000);
        }
    }

    private static long sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        return Math.max(1, millis);
    }

    /** The run was interrupted while waiting. */
    public static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("cancelled");
        }
    }
}
