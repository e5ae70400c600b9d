package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The misbehaviour a presenter or a test asks of the demo tenant: latency, throttling (429), outages
 * (503) and replication lag. Changed at any time through /_demo/faults; read on every request.
 */
final class Faults {

    /** What happens to one request. */
    enum Outcome {
        PASS, THROTTLE, UNAVAILABLE
    }

    private volatile long latencyMs;
    private volatile long jitterMs;
    private volatile double throttleRate;
    private volatile double unavailableRate;
    private volatile int retryAfterSeconds = 1;
    private volatile long replicationLagMs;
    /** Deterministic faults for tests and live demos: the next N requests answer 429 / 503. */
    private final java.util.concurrent.atomic.AtomicInteger throttleNext = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger unavailableNext = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * The next N Graph requests are carried out but their answer is lost: the connection closes before the response,
     * as when a network drops in the middle of a batch. The client cannot know what was written.
     */
    private final java.util.concurrent.atomic.AtomicInteger dropNext = new java.util.concurrent.atomic.AtomicInteger();
    /** How long Start-InformationBarriersPoliciesApplication takes in the demo (about 30 min in a real tenant). */
    private volatile long barrierApplicationMs = 3000;

    Faults(DemoOptions options) {
        this.latencyMs = options.latencyMs();
        this.jitterMs = options.jitterMs();
        this.throttleRate = options.throttleRate();
        this.unavailableRate = options.unavailableRate();
        this.retryAfterSeconds = options.retryAfterSeconds();
        this.replicationLagMs = options.replicationLagMs();
    }

    long delayMillis() {
        long jitter = jitterMs > 0 ? ThreadLocalRandom.current().nextLong(jitterMs + 1) : 0;
        return latencyMs + jitter;
    }

    Outcome roll() {
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Outcome.THROTTLE;
        }
        if (unavailableNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Outcome.UNAVAILABLE;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        if (r < throttleRate) {
            return Outcome.THROTTLE;
        }
        if (r < throttleRate + unavailableRate) {
            return Outcome.UNAVAILABLE;
        }
        return Outcome.PASS;
    }

    /** Whether this request's answer is to be lost (counts down dropNext). */
    boolean dropResponse() {
        return dropNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    long replicationLagMs() {
        return replicationLagMs;
    }

    long barrierApplicationMs() {
        return barrierApplicationMs;
    }

    ObjectNode toJson() {
        ObjectNode n = Json.object();
        n.put("latencyMs", latencyMs);
        n.put("jitterMs", jitterMs);
        n.put("throttleRate", throttleRate);
        n.put("unavailableRate", unavailableRate);
        n.put("retryAfterSeconds", retryAfterSeconds);
        n.put("replicationLagMs", replicationLagMs);
        n.put("barrierApplicationMs", barrierApplicationMs);
        n.put("throttleNext", throttleNext.get());
        n.put("unavailableNext", unavailableNext.get());
        n.put("dropNext", dropNext.get());
        WriteQuota q = writeQuota;
        if (q == null) {
            n.putNull("writeQuota");
        } else {
            n.put("writeQuota", q.describe());
        }
        n.put("requests", requests.get());
        n.put("throttledRequests", throttled.get());
        return n;
    }

    private volatile WriteQuota writeQuota;
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong throttled = new java.util.concurrent.atomic.AtomicLong();

    void setWriteQuota(WriteQuota quota) {
        this.writeQuota = quota;
    }

    WriteQuota writeQuota() {
        return writeQuota;
    }

    /** Milliseconds a write must wait under the quota; 0 when it passes (or is not a write, or no quota). */
    long quotaWait(String tenantId, String method) {
        WriteQuota q = writeQuota;
        if (q == null || method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
            return 0;
        }
        return q.take(tenantId);
    }

    /** Counts one Graph request (a batch step counts, the batch envelope does not), and whether it was refused. */
    void count(boolean refused) {
        requests.incrementAndGet();
        if (refused) {
            throttled.incrementAndGet();
        }
    }

    long requests() {
        return requests.get();
    }

    long throttledRequests() {
        return throttled.get();
    }

    /** Applies the fields present in {@code patch}; refuses out-of-range values before changing anything. */
    void update(JsonNode patch) {
        long latency = patch.path("latencyMs").asLong(latencyMs);
        long jitter = patch.path("jitterMs").asLong(jitterMs);
        double throttle = patch.path("throttleRate").asDouble(throttleRate);
        double unavailable = patch.path("unavailableRate").asDouble(unavailableRate);
        int retryAfter = patch.path("retryAfterSeconds").asInt(retryAfterSeconds);
        long lag = patch.path("replicationLagMs").asLong(replicationLagMs);
        long barriers = patch.path("barrierApplicationMs").asLong(barrierApplicationMs);
        WriteQuota quota = writeQuota;
        if (patch.has("writeQuota")) {
            quota = patch.get("writeQuota").isNull() ? null
                    : WriteQuota.parse(patch.get("writeQuota").asText(), patch.path("quotaTimeScale").asDouble(1));
        }
        DemoOptions.check(latency, jitter, throttle, unavailable, retryAfter, lag);
        int nextThrottled = patch.path("throttleNext").asInt(throttleNext.get());
        int nextUnavailable = patch.path("unavailableNext").asInt(unavailableNext.get());
        int nextDropped = patch.path("dropNext").asInt(dropNext.get());
        if (barriers < 0 || nextThrottled < 0 || nextUnavailable < 0 || nextDropped < 0) {
            throw new IllegalArgumentException(
                    "barrierApplicationMs, throttleNext, unavailableNext and dropNext cannot be negative");
        }
        latencyMs = latency;
        jitterMs = jitter;
        throttleRate = throttle;
        unavailableRate = unavailable;
        retryAfterSeconds = retryAfter;
        replicationLagMs = lag;
        barrierApplicationMs = barriers;
        throttleNext.set(nextThrottled);
        unavailableNext.set(nextUnavailable);
        dropNext.set(nextDropped);
        writeQuota = quota;
    }
}
