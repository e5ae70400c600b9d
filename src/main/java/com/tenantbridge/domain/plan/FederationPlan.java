package com.tenantbridge.domain.plan;

import java.util.List;

/**
 * Scenario A. {@code mode} is the host's Teams external access mode; with allowSpecific the allowed
 * list is the partners' domains; with blockSpecific, {@code blockedDomains} is the list to block.
 */
public record FederationPlan(FederationMode mode, List<String> blockedDomains, List<PartnerTenant> partners) {

    public FederationPlan {
        blockedDomains = Lists.copy(blockedDomains);
        partners = Lists.copy(partners);
    }
}
