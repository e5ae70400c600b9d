package com.tenantbridge.service.port;

import java.util.List;

/** The tenant a connection reaches: id, name and verified domains. */
public record TenantInfo(String tenantId, String displayName, List<String> verifiedDomains) {
    public TenantInfo {
        verifiedDomains = List.copyOf(verifiedDomains);
    }
}
