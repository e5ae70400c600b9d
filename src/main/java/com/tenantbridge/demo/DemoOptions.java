package com.tenantbridge.demo;

import java.nio.file.Path;

/**
 * How to start a demo tenant. {@code dataDir} null keeps everything in memory; {@code port} 0 picks a
 * free port.
 */
public record DemoOptions(int port, long latencyMs, long jitterMs, double throttleRate, double unavailableRate,
        int retryAfterSeconds, long replicationLagMs, Path dataDir, boolean reset) {

    public DemoOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        check(latencyMs, jitterMs, throttleRate, unavailableRate, retryAfterSeconds, replicationLagMs);
    }

    /** In memory, on a free port, with no faults: what tests and the wizard start from. */
    public static DemoOptions inMemory() {
        return new DemoOptions(0, 0, 0, 0, 0, 1, 0, null, false);
    }

    public DemoOptions withPort(int value) {
        return new DemoOptions(value, latencyMs, jitterMs, throttleRate, unavailableRate, retryAfterSeconds,
                replicationLagMs, dataDir, reset);
    }

    public DemoOptions withLatency(long value, long jitter) {
        return new DemoOptions(port, value, jitter, throttleRate, unavailableRate, retryAfterSeconds,
                replicationLagMs, dataDir, reset);
    }

    public DemoOptions withThrottling(double rate429, double rate503, int retryAfter) {
        return new DemoOptions(port, latencyMs, jitterMs, rate429, rate503, retryAfter, replicationLagMs, dataDir,
                reset);
    }

    public DemoOptions withReplicationLag(long value) {
        return new DemoOptions(port, latencyMs, jitterMs, throttleRate, unavailableRate, retryAfterSeconds, value,
                dataDir, reset);
    }

    public DemoOptions withData(Path dir, boolean resetToSeed) {
        return new DemoOptions(port, latencyMs, jitterMs, throttleRate, unavailableRate, retryAfterSeconds,
                replicationLagMs, dir, resetToSeed);
    }

    static void check(long latency, long jitter, double throttle, double unavailable, int retryAfter, long lag) {
        if (latency < 0 || jitter < 0 || lag < 0) {
            throw new IllegalArgumentException("latency, jitter and replication lag cannot be negative");
        }
        if (throttle < 0 || throttle > 1 || unavailable < 0 || unavailable > 1 || throttle + unavailable > 1) {
            throw new IllegalArgumentException("throttle and unavailable rates are fractions between 0 and 1");
        }
        if (retryAfter < 0 || retryAfter > 300) {
            throw new IllegalArgumentException("Retry-After must be between 0 and 300 seconds");
        }
    }
}
