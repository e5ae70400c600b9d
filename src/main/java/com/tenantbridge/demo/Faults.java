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
    private final java.util.concurrent.atomic.AtomicInteger throttleNext
            = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger unavailableNext
            = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * The next N Graph requests are carried out but their answer is lost: the connection closes before the response,
     * as when a network drops in the middle of a batch. The client cannot know what was written.
     */
    private final java.util.concurrent.atomic.AtomicInteger dropNext = new java.util.concurrent.atomic.AtomicInteger();
    /** How long Start-InformationBarriersPoliciesApplication takes in the demo (about 30 min in a real tenant). */
    private volatile long barrierApplicationMs = 3000;
    /** How long Microsoft Entra takes to process a group's licences for its members (asynchronous in Graph). */
    private volatile long groupLicensingMs = 800;

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

    long groupLicensingMs() {
        return groupLicensingMs;
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
        n.put("groupLicensingMs", groupLicensingMs);
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
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong refusedBatches = new java.util.concurrent.atomic.AtomicLong();

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

    /**
     * Counts one Graph request (a batch step counts, the batch envelope does not), whether it was refused, and
     * whether it is a write that went through (what a tenant's write quota is spent on).
     */
    void count(boolean refused, boolean write) {
        requests.incrementAndGet();
        if (write && !refused) {
            writes.incrementAndGet();
        }
        if (refused) {
            throttled.incrementAndGet();
        }
    }

    /** A whole batch refused for its shape or size (400): none of its requests ran. */
    void refusedBatch() {
        refusedBatches.incrementAndGet();
    }

    long writes() {
        return writes.get();
    }

    long refusedBatches() {
        return refusedBatches.get();
    }

    long requests() {
        return requests.get();
    }

    long throttledRequests() {
        return throttled.get();
    }

    /** Applies the fields present in {@code patch}; refuses out-of-range values before changing anything. */
    void update(JsonNode patch) {
        long hour = 3_600_000;
        long latency = AdminValues.whole(patch, "latencyMs", latencyMs, 0, hour);
        long jitter = AdminValues.whole(patch, "jitterMs", jitterMs, 0, hour);
        double throttle = AdminValues.number(patch, "throttleRate", throttleRate, 0, 1);
        double unavailable = AdminValues.number(patch, "unavailableRate", unavailableRate, 0, 1);
        int retryAfter = (int) AdminValues.whole(patch, "retryAfterSeconds", retryAfterSeconds, 0, 3600);
        long lag = AdminValues.whole(patch, "replicationLagMs", replicationLagMs, 0, hour);
        long barriers = AdminValues.whole(patch, "barrierApplicationMs", barrierApplicationMs, 0, 24 * hour);
        long licensing = AdminValues.whole(patch, "groupLicensingMs", groupLicensingMs, 0, hour);
        WriteQuota quota = writeQuota;
        if (patch.has("writeQuota")) {
            quota = patch.get("writeQuota").isNull() ? null
                    : WriteQuota.parse(patch.get("writeQuota").asText(), AdminValues.number(patch, "quotaTimeScale", 1,
                            0.001, 1000));
        }
        DemoOptions.check(latency, jitter, throttle, unavailable, retryAfter, lag);
        int nextThrottled = (int) AdminValues.whole(patch, "throttleNext", throttleNext.get(), 0, 1_000_000);
        int nextUnavailable = (int) AdminValues.whole(patch, "unavailableNext", unavailableNext.get(), 0, 1_000_000);
        int nextDropped = (int) AdminValues.whole(patch, "dropNext", dropNext.get(), 0, 1_000_000);
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
        groupLicensingMs = licensing;
        throttleNext.set(nextThrottled);
        unavailableNext.set(nextUnavailable);
        dropNext.set(nextDropped);
        writeQuota = quota;
    }
}
