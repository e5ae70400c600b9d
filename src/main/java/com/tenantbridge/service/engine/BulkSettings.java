package com.tenantbridge.service.engine;

/**
 * How accounts, licences and segment memberships are written when there are many: {@code threshold} such
 * changes or more go out in JSON batches, {@code batchesInFlight} at a time, paced by {@code pacer} when one
 * is given (null: as fast as the service answers).
 */
public record BulkSettings(int batchesInFlight, WritePacer pacer, int threshold) {

    public BulkSettings {
        if (batchesInFlight < 1 || threshold < 1) {
            throw new IllegalArgumentException("at least one batch in flight, and a threshold of one change or more");
        }
    }

    /** Four batches in flight, from twenty changes up, unpaced: the demo tenant. */
    public static BulkSettings defaults() {
        return new BulkSettings(4, null, 20);
    }

    /** A Microsoft 365 tenant: the same, paced to Graph's documented identity write quota. */
    public static BulkSettings graphQuota() {
        return new BulkSettings(4, WritePacer.graphIdentityQuota(), 20);
    }

    /** One change at a time, as a baseline or where batching is not wanted. */
    public static BulkSettings never() {
        return new BulkSettings(1, null, Integer.MAX_VALUE);
    }

    public BulkSettings withPacer(WritePacer value) {
        return new BulkSettings(batchesInFlight, value, threshold);
    }

    public BulkSettings withThreshold(int value) {
        return new BulkSettings(batchesInFlight, pacer, value);
    }

    public BulkSettings withBatchesInFlight(int value) {
        return new BulkSettings(value, pacer, threshold);
    }
}
