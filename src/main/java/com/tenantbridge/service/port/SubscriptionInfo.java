package com.tenantbridge.service.port;

import java.time.Instant;
import java.util.UUID;

/**
 * One commercial subscription of a tenant (Graph companySubscription,
 * https://learn.microsoft.com/graph/api/resources/companysubscription): its SKU, seats, status and
 * {@code nextLifecycle}, "when the subscription will move to the next state ... if not renewed" (null when Graph
 * gives none). Seats of a SKU end when its subscription does, which may come before a product's end of support.
 */
public record SubscriptionInfo(UUID skuId, String partNumber, String status, int totalLicenses, boolean trial,
        Instant nextLifecycle) {

    public boolean enabled() {
        return "Enabled".equalsIgnoreCase(status) || "Warning".equalsIgnoreCase(status);
    }
}
