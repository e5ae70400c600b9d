package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.TenantPorts;
import java.util.List;
import java.util.Optional;

/**
 * What each connected tenant of the plan has now of what the plan touches (Teams external access, partner
 * settings, the plan's guests, segments and policies), for Details to show beside the plan. Reads only.
 */
public final class CurrentSettings {

    private CurrentSettings() {
    }

    public static List<CheckResult> read(DeploymentPlan plan, TenantConnections connections) {
        Checks c = new Checks();
        for (String tenant : Checker.tenants(plan)) {
            Optional<TenantPorts> ports = connections.ports(tenant);
            ports.ifPresent(p -> TenantNow.read(c, tenant, p, plan));
        }
        return c.results;
    }
}
