package com.tenantbridge.service.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * How fast changes finish, over the last few seconds rather than since the start (a throttled stretch or a
 * replication wait should show up at once), and how long the rest will take at that rate. Thread-safe.
 */
public final class Throughput {

    private static final long WINDOW_NANOS = 10_000_000_000L;

    private final LongSupplier nanos;
    /** (time, changes finished by then), oldest first. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();

    public Throughput() {
        this(System::nanoTime);
    }

    public Throughput(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** {@code finished} changes have finished so far. */
    public synchronized void record(int finished) {
        long now = nanos.getAsLong();
        if (samples.isEmpty()) {
            samples.add(new long[] {now, 0});
        }
        samples.add(new long[] {now, finished});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    /** Changes per second lately; 0 until two moments apart have been seen. */
    public synchronized double perSecond() {
        if (samples.size() < 2) {
            return 0;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long elapsed = last[0] - first[0];
        return elapsed <= 0 ? 0 : (last[1] - first[1]) * 1e9 / elapsed;
    }

    /** At the recent rate; empty while there is no rate yet. */
    public synchronized Optional<Duration> timeLeft(int finished, int total) {
        double rate = perSecond();
        if (rate <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(Math.max(0, total - finished) / rate * 1000)));
    }

    /** e.g. "310 changes/s, about 2 min 10 s left"; empty while there is no rate yet. */
    public synchronized String describe(int finished, int total) {
        double rate = perSecond();
        Optional<Duration> left = timeLeft(finished, total);
        if (left.isEmpty()) {
            return "";
        }
        String r = rate >= 10 ? String.valueOf(Math.round(rate)) : String.format(java.util.Locale.ROOT, "%.1f", rate);
        return r + " changes/s, about " + human(left.get()) + " left";
    }

    static String human(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return s + " s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return m / 60 + " h " + m % 60 + " min";
    }
}
