package com.tenantbridge.service.port;

import com.tenantbridge.domain.plan.AccessSetting;

/**
 * Cross-tenant access settings of one direction set, simplified to what the scenarios set: all users and
 * all applications allowed, blocked, or unset (inherit the default).
 */
public record PartnerSettings(AccessSetting b2bCollaborationInbound, AccessSetting b2bCollaborationOutbound,
        AccessSetting b2bDirectConnectInbound, AccessSetting b2bDirectConnectOutbound) {

    public static final PartnerSettings INHERIT_ALL = new PartnerSettings(AccessSetting.INHERIT, AccessSetting.INHERIT,
            AccessSetting.INHERIT, AccessSetting.INHERIT);
}
