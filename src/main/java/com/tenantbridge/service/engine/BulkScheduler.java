package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.port.BulkWriteService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each request of a bulk run may go: the JDK's {@link DelayQueue} holds what waits (a Retry-After, a pause
 * for replication) and hands out only what is due, so no thread polls. When the service says the tenant's write
 * budget is spent, every sender holds off together.
 */
final class BulkScheduler {

    private static final long FIRST_PAUSE_MS = 500;
    private static final long GIVE_UP_MS = 120_000;
    private static final int MIN_ATTEMPTS = 8;

    private final DelayQueue<BulkWork> queue = new DelayQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile long quietUntil;

    long nextSeq() {
        return sequence.incrementAndGet();
    }

    void now(BulkWork w) {
        queue.put(w);
    }

    /**
     * Sends {@code w} again after {@code pauseMs}, or after the growing back-off when that is 0 or less. Returns
     * false when it has been tried long and often enough to give up: the caller fails it.
     */
    boolean later(BulkWork w, long pauseMs) {
        long firstTry = w.firstTry() == 0 ? System.currentTimeMillis() : w.firstTry();
        // Both: a request may wait long behind others in a big run without having been refused often.
        if (w.attempt() + 1 >= MIN_ATTEMPTS && System.currentTimeMillis() - firstTry > GIVE_UP_MS) {
            return false;
        }
        long pause = pauseMs > 0 ? pauseMs : Backoff.growing(FIRST_PAUSE_MS, w.attempt());
        queue.put(w.again(System.currentTimeMillis() + pause, nextSeq()));
        return true;
    }

    static String gaveUp(String why) {
        return "gave up after " + GIVE_UP_MS / 1000 + " s: " + why;
    }

    /** Every sender waits until {@code untilMillis}: the tenant's write budget is spent. */
    void holdOff(long untilMillis) {
        quietUntil = Math.max(quietUntil, untilMillis);
    }

    /**
     * Up to twenty due requests, waiting at most {@code waitMs} for the first; empty if none came. Only the first is
     * waited for: the rest are whatever else is due, so a batch never waits to fill.
     */
    List<BulkWork> take(long waitMs) throws InterruptedException {
        long quiet = quietUntil - System.currentTimeMillis();
        if (quiet > 0) {
            Thread.sleep(Math.min(quiet, waitMs));
            return List.of();
        }
        BulkWork first = queue.poll(waitMs, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<BulkWork> batch = new ArrayList<>(BulkWriteService.MAX_STEPS);
        batch.add(first);
        queue.drainTo(batch, BulkWriteService.MAX_STEPS - 1);
        return batch;
    }

    /** What still waits, taken off the queue (on cancel). */
    List<BulkWork> drain() {
        List<BulkWork> rest = new ArrayList<>();
        queue.drainTo(rest);
        // drainTo takes only what is due; the rest is taken one by one regardless of its time. Each is removed as it
        // is taken, so work another thread queues meanwhile is never dropped unseen (a later drain finds it).
        for (java.util.Iterator<BulkWork> it = queue.iterator(); it.hasNext();) {
            rest.add(it.next());
            it.remove();
        }
        return rest;
    }
}
