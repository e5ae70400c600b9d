package com.tenantbridge.service.port;

import java.util.List;
import java.util.UUID;

/** One subscribed SKU: its seats and the service plans it carries. */
public record SkuInfo(UUID skuId, String partNumber, int enabled, int consumed, List<String> servicePlanNames) {
    public SkuInfo {
        servicePlanNames = List.copyOf(servicePlanNames);
    }

    public int free() {
        return Math.max(0, enabled - consumed);
    }
}
