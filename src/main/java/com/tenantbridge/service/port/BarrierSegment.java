package com.tenantbridge.service.port;

/** An information-barrier segment as New-OrganizationSegment defines it. */
public record BarrierSegment(String name, String userGroupFilter) {
}
