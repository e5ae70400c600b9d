package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.ui.common.BackgroundTasks;

/** The vendor licences to choose from are the host's own, with seats; a failed read keeps the catalogue's. */
final class VendorLicences {

    private VendorLicences() {
    }

    static void read(BackgroundTasks tasks, TenantConnections connected, DeploymentPlan plan, VendorEditor vendors) {
        String domain = plan.hostTenant() == null ? null : plan.hostTenant().domain();
        if (connected == null || plan.scenario() != Scenario.VENDOR_ACCOUNTS || domain == null || domain.isBlank()) {
            return;
        }
        connected.ports(domain).ifPresent(host -> tasks.run("Reading the tenant's licences",
                () -> host.licensing().subscribedSkus(), vendors::offer, error -> { }));
    }
}
