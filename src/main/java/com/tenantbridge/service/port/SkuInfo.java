package com.tenantbridge.service.port;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.licensing.ServicePlan;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One subscribed SKU: its seats and the service plans it carries, by name and (where Graph gave them) id. What a
 * SKU is for is read from these plans (subscribedSku's servicePlans), so a SKU the catalogue does not know, or
 * Remote Assist inside Field Service, is still recognised.
 */
public record SkuInfo(UUID skuId, String partNumber, int enabled, int consumed, List<String> servicePlanNames,
        List<String> servicePlanIds) {
    public SkuInfo {
        servicePlanNames = List.copyOf(servicePlanNames);
        servicePlanIds = List.copyOf(servicePlanIds);
    }

    public SkuInfo(UUID skuId, String partNumber, int enabled, int consumed, List<String> servicePlanNames) {
        this(skuId, partNumber, enabled, consumed, servicePlanNames, List.of());
    }

    public int free() {
        return Math.max(0, enabled - consumed);
    }

    public boolean carries(ServicePlan plan) {
        return servicePlanIds.stream().anyMatch(id -> id.equalsIgnoreCase(plan.id()))
                || servicePlanNames.stream().anyMatch(n -> n.equalsIgnoreCase(plan.name()));
    }

    public boolean serves(LicenceSku.Use use) {
        return java.util.Arrays.stream(ServicePlan.values()).anyMatch(p -> use.by(p) && carries(p));
    }

    /** The plan among {@code use}'s that this SKU carries, for naming it ("Remote Assist inside Field Service"). */
    public Optional<ServicePlan> planFor(LicenceSku.Use use) {
        return java.util.Arrays.stream(ServicePlan.values()).filter(p -> use.by(p) && carries(p)).findFirst();
    }

    /** The product name where the catalogue knows the SKU, else its part number. */
    public String label() {
        return LicenceSku.byPartNumber(partNumber).map(s -> s.productName() + " (" + partNumber + ")")
                .orElse(partNumber);
    }
}
