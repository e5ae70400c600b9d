package com.tenantbridge.service.port;

import java.util.Optional;

/** Microsoft Entra cross-tenant access settings: the default and per-partner configurations. */
public interface CrossTenantAccessService {

    /** The default, as allowed or blocked per direction (never INHERIT). */
    PartnerSettings defaultSettings();

    Optional<PartnerSettings> partner(String tenantId);

    void createPartner(String tenantId, PartnerSettings settings);

    /** Sets every direction as given; INHERIT clears a direction back to the default. */
    void updatePartner(String tenantId, PartnerSettings settings);

    void deletePartner(String tenantId);

    /** Whether the partner has a cross-tenant user synchronization policy; read only when deleting is weighed. */
    boolean hasIdentitySynchronization(String tenantId);
}
