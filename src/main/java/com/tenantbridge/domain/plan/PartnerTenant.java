package com.tenantbridge.domain.plan;

/**
 * A tenant the host federates with. {@code mode} is the partner's own external access mode:
 * both sides must allow each other, and the partner's half comes out as its own plan and runbook.
 */
public record PartnerTenant(TenantRef tenant, FederationMode mode, CrossTenantAccess crossTenantAccess) {
}
