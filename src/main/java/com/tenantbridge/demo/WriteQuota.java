package com.tenantbridge.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Graph's identity write quota (3,000 writes per 150 s per app and tenant) as a token bucket per
 * tenant: writes refill at the quota's rate and may burst by one second's worth. {@code timeScale} shrinks
 * the window for quick runs (0.1 → 3,000 per 15 s). A write over the quota is refused with how long until the
 * next one would pass, which the server sends as Retry-After.
 */
public final class WriteQuota {

    private static final Pattern SPEC = Pattern.compile("(\\d+)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*s");

    private final int writes;
    private final double windowSeconds;
    private final double timeScale;
    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    public WriteQuota(int writes, double windowSeconds, double timeScale) {
        if (writes <= 0 || windowSeconds <= 0 || timeScale <= 0 || timeScale > 1) {
            throw new IllegalArgumentException("a write quota needs writes > 0, a window > 0 s and a time scale in"
                    + " (0, 1]");
        }
        this.writes = writes;
        this.windowSeconds = windowSeconds;
        this.timeScale = timeScale;
        this.perSecond = writes / (windowSeconds * timeScale);
        this.burst = Math.max(1, perSecond);
    }

    /** "3000/150s" → 3,000 writes per 150 seconds. */
    public static WriteQuota parse(String spec, double timeScale) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a write quota is written like 3000/150s, not \u201c" + spec + "\u201d");
        }
        return new WriteQuota(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)), timeScale);
    }

    /** Writes per second the quota sustains, after scaling. */
    public double perSecond() {
        return perSecond;
    }

    public String describe() {
        return writes + "/" + (windowSeconds == Math.rint(windowSeconds) ? String.valueOf((long) windowSeconds)
                : String.valueOf(windowSeconds)) + "s" + (timeScale == 1 ? "" : " at time scale " + timeScale);
    }

    /** Takes one write for the tenant; 0 when it passes, else the milliseconds until one would. */
    long take(String tenant) {
        Bucket b = buckets.computeIfAbsent(tenant, t -> new Bucket(burst, System.nanoTime()));
        synchronized (b) {
            long now = System.nanoTime();
            b.tokens = Math.min(burst, b.tokens + (now - b.lastNanos) / 1e9 * perSecond);
            b.lastNanos = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / perSecond * 1000);
        }
    }
}
