package com.tenantbridge.domain.plan;

/**
 * Microsoft Entra cross-tenant access settings for one partner (policies/crossTenantAccessPolicy/partners).
 * Null means "not managed": the tenant keeps what it has for that direction; INHERIT puts it back to the default.
 */
public record CrossTenantAccess(
        AccessSetting b2bCollaborationInbound,
        AccessSetting b2bCollaborationOutbound,
        AccessSetting b2bDirectConnectInbound,
        AccessSetting b2bDirectConnectOutbound) {

    public static CrossTenantAccess b2bCollaboration(AccessSetting inbound, AccessSetting outbound) {
        return new CrossTenantAccess(inbound, outbound, null, null);
    }
}
