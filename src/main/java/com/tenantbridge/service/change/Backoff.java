package com.tenantbridge.service.change;

import com.tenantbridge.service.port.NoAnswerException;
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
    private final java.util.function.Consumer<String> waiting;

    public Backoff(long firstMillis, long totalMillis, BooleanSupplier cancelled) {
        this(firstMillis, totalMillis, cancelled, message -> { });
    }

    private Backoff(long firstMillis, long totalMillis, BooleanSupplier cancelled,
            java.util.function.Consumer<String> waiting) {
        this.firstMillis = firstMillis;
        this.totalMillis = totalMillis;
        this.cancelled = cancelled;
        this.waiting = waiting;
    }

    /** The same pacing, telling {@code waiting} each time it pauses, e.g. to show it on the run's progress. */
    public Backoff reporting(java.util.function.Consumer<String> waiting) {
        return new Backoff(firstMillis, totalMillis, cancelled, waiting);
    }

    /** Production pacing: 0.5 s doubling up to two minutes in all. */
    public static Backoff replication(BooleanSupplier cancelled) {
        return new Backoff(500, 120_000, cancelled);
    }

    /** Runs {@code call}, retrying while it throws NotFoundException. */
    public <T> T onNotFound(Supplier<T> call) {
        return retrying(call, e -> e instanceof NotFoundException,
                "Not found yet; Microsoft Entra is still replicating the new object");
    }

    /**
     * Runs {@code call} again when it got no answer at all (a dropped connection). Only for
     * calls that look before they write, since the first try may have been carried out.
     */
    public <T> T onNoAnswer(Supplier<T> call) {
        return retrying(call, e -> e instanceof NoAnswerException,
                "No answer from the service (the connection dropped)");
    }

    /**
     * The one growing pause of the engine: {@code first}, doubled each attempt, never over 16 s. Used by the calls
     * that wait here and by the bulk run's queue for a step sent again.
     */
    public static long growing(long first, int attempt) {
        return Math.min(MAX_PAUSE_MS, first << Math.min(Math.max(attempt, 0), 20));
    }

    private static final long MAX_PAUSE_MS = 16_000;

    private <T> T retrying(Supplier<T> call, java.util.function.Predicate<RuntimeException> again, String why) {
        long waited = 0;
        for (int attempt = 0;; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (!again.test(e) || waited >= totalMillis || cancelled.getAsBoolean()) {
                    throw e;
                }
                long pause = Math.min(growing(firstMillis, attempt), totalMillis - waited);
                waiting.accept(why + ". Trying again in " + seconds(pause) + ".");
                waited += sleep(pause);
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
        return untilPresent(lookup, "Waiting for the new object to appear (replication)");
    }

    /** As {@link #untilPresent(Supplier)}, saying {@code what} is awaited while it waits. */
    public <T> Optional<T> untilPresent(Supplier<Optional<T>> lookup, String what) {
        long waited = 0;
        for (int attempt = 0;; attempt++) {
            Optional<T> found = lookup.get();
            if (found.isPresent() || waited >= totalMillis || cancelled.getAsBoolean()) {
                return found;
            }
            long pause = Math.min(growing(firstMillis, attempt), totalMillis - waited);
            waiting.accept(what + "; looking again in " + seconds(pause) + ".");
            waited += sleep(pause);
        }
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
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
