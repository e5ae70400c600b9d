package com.tenantbridge.domain.plan;

import java.util.List;

/** One technician tenant and the team (and optionally a channel) it guests the experts into. */
public record GuestTarget(TenantRef tenant, String team, String channel, CrossTenantAccess crossTenantAccess,
        List<Guest> guests) {

    public GuestTarget {
        guests = Lists.copy(guests);
    }
}
