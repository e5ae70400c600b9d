package com.tenantbridge.cli;

import com.tenantbridge.service.engine.Throughput;

/** The "[n/total] rate, time left" line a long CLI run prints every two seconds, for apply and rollback alike. */
final class Pace {

    /** Up to this many, every change is listed; above it, only those that did not go through. */
    static final int EVERY_ONE_UP_TO = 200;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final Throughput meter = new Throughput();
    private long last = System.nanoTime();

    /** Records that {@code finished} of {@code total} are done; the pace line when one is due, else empty. */
    synchronized String after(int finished, int total) {
        meter.record(finished);
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS || finished >= total) {
            return "";
        }
        last = now;
        String pace = meter.describe(finished, total);
        return pace.isEmpty() ? "" : "[" + finished + "/" + total + "] " + pace;
    }
}
