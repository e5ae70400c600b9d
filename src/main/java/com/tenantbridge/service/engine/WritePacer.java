package com.tenantbridge.service.engine;

/**
 * Keeps a run's writes under a tenant's write quota before the service has to say no: a token bucket at the
 * quota's rate with one second's worth of burst. Microsoft Graph allows 3,000 identity writes per 150 s per
 * app and tenant; pacing to that is faster than hammering into 429s and waiting out each Retry-After.
 */
public final class WritePacer {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long last = System.nanoTime();

    public WritePacer(double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("a pace needs a positive rate");
        }
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond);
        this.tokens = burst;
    }

    /** Graph's documented identity write quota: 3,000 writes per 150 s per app and tenant. */
    public static WritePacer graphIdentityQuota() {
        return new WritePacer(3000 / 150.0);
    }

    public double perSecond() {
        return perSecond;
    }

    /** Blocks until {@code writes} may go out. */
    public void acquire(int writes) throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            tokens -= writes;
            waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perSecond * 1e9);
        }
        if (waitNanos > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }
}
