package com.tenantbridge.domain.licensing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The service plans a licence is judged by, with the ids and names Graph returns in a SKU's servicePlans
 * (Microsoft Entra "Product names and service plan identifiers for licensing",
 * https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference). A SKU is recognised by the
 * plans it carries, never by its part number alone: Remote Assist and Guides also come inside Field Service.
 */
public enum ServicePlan {
    TEAMS1("57ff2da0-773e-42df-b2af-ffb7a2317929", "Microsoft Teams"),
    DYN365_ENTERPRISE_FIELD_SERVICE("8c66ef8a-177f-4c0d-853c-d4f219331d09", "Dynamics 365 Field Service"),
    MICROSOFT_REMOTE_ASSIST("4f4c7800-298a-4e22-8867-96b17850d4dd", "Dynamics 365 Remote Assist"),
    GUIDES("0b2c029c-dca0-454a-a336-887285d6ef07", "Dynamics 365 Guides"),
    INFORMATION_BARRIERS("c4801e8a-cb58-4c35-aca6-f2dcc106f287", "Information Barriers"),
    EXCHANGE_S_ENTERPRISE("efb87545-963c-4e0d-99df-69c6916d9eb0", "Exchange Online (Plan 2)"),
    EXCHANGE_S_STANDARD("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "Exchange Online (Plan 1)"),
    EXCHANGE_S_DESKLESS("4a82b400-a79f-41a4-b4e2-e94f5787b113", "Exchange Online Kiosk");

    private final String id;
    private final String friendlyName;

    ServicePlan(String id, String friendlyName) {
        this.id = id;
        this.friendlyName = friendlyName;
    }

    public String id() {
        return id;
    }

    public String friendlyName() {
        return friendlyName;
    }

    /**
     * Spatial annotations in Teams work "as long as one person has a Dynamics 365 Guides, Remote Assist, or Field
     * Service license" (https://learn.microsoft.com/dynamics365/field-service/annotate-teams-mobile).
     */
    public boolean annotates() {
        return this == DYN365_ENTERPRISE_FIELD_SERVICE || this == MICROSOFT_REMOTE_ASSIST || this == GUIDES;
    }

    /** An Exchange Online mailbox, which a meeting organizer's calendar lives in. */
    public boolean mailbox() {
        return this == EXCHANGE_S_ENTERPRISE || this == EXCHANGE_S_STANDARD || this == EXCHANGE_S_DESKLESS;
    }

    /** Whether the licence this plan comes from ends with Remote Assist and Guides on 2026-12-31. */
    public boolean endsWithRemoteAssist() {
        return this == MICROSOFT_REMOTE_ASSIST || this == GUIDES;
    }

    /** By Graph's servicePlanId, else by servicePlanName (a tenant's answer carries both). */
    public static Optional<ServicePlan> of(String id, String name) {
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id == null ? "" : id.strip())
                || name != null && p.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
