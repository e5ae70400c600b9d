package com.tenantbridge.service.engine;

/**
 * How service accounts get their licences. AUTO: group-based licensing where the tenant has Microsoft Entra ID P1
 * or better and the plan onboards enough accounts for it to save writes (or its licensing group exists already);
 * per-user assignment otherwise. USER and GROUP force one way (GROUP is refused without P1).
 */
public enum LicensingChoice {
    AUTO, USER, GROUP;

    /** From this many accounts a licensing group costs fewer writes than a licence per account and skus. */
    public static final int GROUP_FROM = 20;

    /** Service plans that carry Microsoft Entra ID P1 or P2 ("Product names and service plan identifiers"). */
    private static final java.util.Set<String> P1_PLANS = java.util.Set.of("AAD_PREMIUM", "AAD_PREMIUM_P2");

    /** Whether a subscribed SKU brings Microsoft Entra ID P1 or better, which group-based licensing needs. */
    public static boolean tenantHasP1(java.util.List<com.tenantbridge.service.port.SkuInfo> skus) {
        return skus.stream().anyMatch(s -> s.servicePlanNames().stream().anyMatch(P1_PLANS::contains));
    }
}
