package com.tenantbridge.service.engine;

import com.tenantbridge.service.port.TenantPorts;
import java.util.Optional;

/**
 * The tenants this run can reach, by domain. A tenant the admin has not signed in to is absent: its part of
 * the plan comes out as a runbook and plan file for that tenant's admin.
 */
public interface TenantConnections {

    Optional<TenantPorts> ports(String domain);

    /**
     * How bulk writes go to these tenants: unpaced by default (the demo tenant); a Microsoft 365 tenant paces them to
     * Graph's identity write quota so a large onboarding is not throttled into 429s.
     */
    default BulkSettings bulkSettings() {
        return BulkSettings.defaults();
    }

    /** A short description for reports, e.g. "demo tenant at http://127.0.0.1:8765/v1.0". */
    String describe();

    /** App registrations in {@code domain}, for registering TenantBridge's own app; empty where not signed in. */
    default Optional<com.tenantbridge.service.port.AppRegistrationService> appRegistrations(String domain) {
        return Optional.empty();
    }

    /** Whether Teams and barrier settings go through PowerShell 7 (a Microsoft 365 tenant) or not (the demo's). */
    default boolean settingsThroughPowerShell() {
        return true;
    }

    /** Reaches no tenant: the whole plan comes out as runbooks, e.g. to preview them before connecting. */
    static TenantConnections none() {
        return new TenantConnections() {
            @Override
            public Optional<TenantPorts> ports(String domain) {
                return Optional.empty();
            }

            @Override
            public String describe() {
                return "no tenant";
            }
        };
    }
}
