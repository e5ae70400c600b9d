package com.tenantbridge.domain.licensing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SKUs TenantBridge knows before it reads a tenant, by Graph skuPartNumber (the constant's name), skuId and
 * the service plans that decide what they are for (Microsoft Entra "Product names and service plan identifiers
 * for licensing", https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference). {@code plans}
 * holds only the plans that matter here; {@code listed} says whether they were read from that page's row (so a
 * plan missing from it is really missing) or are only known in part (then the tenant's own answer decides).
 * A tenant may hold SKUs this list does not know: they are judged by the service plans Graph returns.
 */
public enum LicenceSku {
    /** Sold until 2025-11-01; ends 2026-12-31 (Microsoft's lifecycle announcement). */
    MICROSOFT_REMOTE_ASSIST("7a551360-26c4-4f61-84e6-ef715673e083", "Dynamics 365 Remote Assist",
            Set.of(ServicePlan.MICROSOFT_REMOTE_ASSIST, ServicePlan.TEAMS1), true, true),
    MICROSOFT_REMOTE_ASSIST_HOLOLENS("e48328a2-8e98-4484-a70f-a99f8ac9ec89", "Dynamics 365 Remote Assist HoloLens",
            Set.of(ServicePlan.MICROSOFT_REMOTE_ASSIST), false, true),
    GUIDES_USER("0a389a77-9850-4dc4-b600-bc66fdfefc60", "Dynamics 365 Guides", Set.of(ServicePlan.GUIDES), false,
            true),
    /** Field Service includes Guides and Remote Assist at no extra cost; its row lists no Teams plan. */
    DYN365_ENTERPRISE_FIELD_SERVICE("c7d15985-e746-4f01-b113-20b575898250", "Dynamics 365 Field Service",
            Set.of(ServicePlan.DYN365_ENTERPRISE_FIELD_SERVICE), true, false),
    SPE_F1("66b55226-6b4f-492c-910c-a3b7a3c9d993", "Microsoft 365 F3",
            Set.of(ServicePlan.TEAMS1, ServicePlan.EXCHANGE_S_DESKLESS), true, false),
    /** Teams without a mailbox (Exchange Foundation only): fine for an account, not for a meeting organizer. */
    M365_F1("44575883-256e-4a79-9da4-ebe9acabe2b2", "Microsoft 365 F1", Set.of(ServicePlan.TEAMS1), true, false),
    Microsoft_Teams_Enterprise_New("7e74bd05-2c47-404e-829a-ba95c66fe8e5", "Microsoft Teams Enterprise",
            Set.of(ServicePlan.TEAMS1), false, false),
    SPE_E5("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "Microsoft 365 E5",
            Set.of(ServicePlan.TEAMS1, ServicePlan.INFORMATION_BARRIERS, ServicePlan.EXCHANGE_S_ENTERPRISE), false,
            false),
    ENTERPRISEPREMIUM("c7df2760-2c81-4ef7-b578-5b5392b571df", "Office 365 E5",
            Set.of(ServicePlan.TEAMS1, ServicePlan.INFORMATION_BARRIERS, ServicePlan.EXCHANGE_S_ENTERPRISE), false,
            false),
    EQUIVIO_ANALYTICS("1b1b1f7a-8355-43b6-829f-336cfccb744c", "Office 365 Advanced Compliance",
            Set.of(ServicePlan.INFORMATION_BARRIERS), false, false),
    INFORMATION_PROTECTION_COMPLIANCE("184efa21-98c3-4e5d-95ab-d07053a96e67",
            "Microsoft 365 E5 Information Protection and Compliance", Set.of(ServicePlan.INFORMATION_BARRIERS), false,
            false);

    /** What a SKU is for in these scenarios, decided by one service plan. */
    public enum Use {
        TEAMS(ServicePlan.TEAMS1), ANNOTATIONS(null), INFORMATION_BARRIERS(ServicePlan.INFORMATION_BARRIERS);

        private final ServicePlan plan;

        Use(ServicePlan plan) {
            this.plan = plan;
        }

        public boolean by(ServicePlan p) {
            return this == ANNOTATIONS ? p.annotates() : p == plan;
        }

        public String words() {
            return switch (this) {
                case TEAMS -> "Microsoft Teams (TEAMS1)";
                case ANNOTATIONS -> "Dynamics 365 Field Service, Remote Assist or Guides";
                case INFORMATION_BARRIERS -> "Information Barriers";
            };
        }
    }

    /**
     * What a new vendor plan proposes: a frontline licence with Teams and a kiosk mailbox that can be bought. Never
     * Remote Assist, which cannot be since 2025-11-01.
     */
    public static final LicenceSku NEW_ACCOUNTS = SPE_F1;

    /** The Remote Assist service plan ids Graph returns (kept for the demo and older callers). */
    public static final String TEAMS1_PLAN_ID = ServicePlan.TEAMS1.id();
    public static final String REMOTE_ASSIST_PLAN_ID = ServicePlan.MICROSOFT_REMOTE_ASSIST.id();
    public static final String CDS_REMOTE_ASSIST_PLAN_ID = "0850ebb5-64ee-4d3a-a3e1-5a97213653b5";

    private final String skuId;
    private final String productName;
    private final Set<ServicePlan> plans;
    private final boolean listed;
    private final boolean endsWithRemoteAssist;

    LicenceSku(String skuId, String productName, Set<ServicePlan> plans, boolean listed,
            boolean endsWithRemoteAssist) {
        this.skuId = skuId;
        this.productName = productName;
        this.plans = plans;
        this.listed = listed;
        this.endsWithRemoteAssist = endsWithRemoteAssist;
    }

    public String skuId() {
        return skuId;
    }

    public String partNumber() {
        return name();
    }

    public String productName() {
        return productName;
    }

    public Set<ServicePlan> plans() {
        return plans;
    }

    /** Yes or no where the catalogue knows; empty where only the tenant's answer can tell. */
    public Optional<Boolean> serves(Use use) {
        if (plans.stream().anyMatch(use::by)) {
            return Optional.of(true);
        }
        return listed ? Optional.of(false) : Optional.empty();
    }

    /**
     * Cannot be bought or renewed since 2025-11-01 and ends 2026-12-31
     * (https://learn.microsoft.com/lifecycle/announcements/dynamics-365-guides-remote-assist-end-of-support).
     */
    public boolean endsWithRemoteAssist() {
        return endsWithRemoteAssist;
    }

    /** The last day it could be bought, for SKUs that can no longer be. */
    public Optional<LocalDate> soldUntil() {
        return endsWithRemoteAssist ? Optional.of(LocalDate.of(2025, 11, 1)) : Optional.empty();
    }

    /** The SKUs known to serve {@code use}, those that can still be bought first. */
    public static List<LicenceSku> forUse(Use use) {
        return Arrays.stream(values()).filter(s -> s.serves(use).orElse(false))
                .sorted(java.util.Comparator.comparing(LicenceSku::endsWithRemoteAssist)).toList();
    }

    public static Optional<LicenceSku> byPartNumber(String partNumber) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(partNumber)).findFirst();
    }
}
