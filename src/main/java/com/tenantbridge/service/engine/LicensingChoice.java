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

    /** Whether a subscribed SKU qualifies its users for group-based licensing (GroupLicensingRequirement). */
    public static boolean qualifiesForGroupLicensing(java.util.List<com.tenantbridge.service.port.SkuInfo> skus) {
        return qualifyingSeats(skus) > 0;
    }

    /** The seats of SKUs that qualify for group-based licensing: one is needed "for every user who benefits". */
    public static int qualifyingSeats(java.util.List<com.tenantbridge.service.port.SkuInfo> skus) {
        return skus.stream().filter(s -> com.tenantbridge.domain.licensing.GroupLicensingRequirement.qualifies(
                s.partNumber(), s.servicePlanNames())).mapToInt(com.tenantbridge.service.port.SkuInfo::enabled).sum();
    }
}
