package com.tenantbridge.service.port;

/** Every port for one tenant, as one connection reaches it. {@code bulk} may be null: then writes go one by one. */
public record TenantPorts(String domain, DirectoryService directory, LicensingService licensing,
        CrossTenantAccessService crossTenantAccess, TeamMembershipService teams, MeetingService meetings,
        TeamsSettingsService teamsSettings, BarrierService barriers, BulkWriteService bulk) {
}
