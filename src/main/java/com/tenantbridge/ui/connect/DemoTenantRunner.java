package com.tenantbridge.ui.connect;

import java.io.IOException;
import com.tenantbridge.service.engine.TenantConnections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Starts the demo tenant inside the app; called off the FX thread. */
public interface DemoTenantRunner {

    /** One seeded tenant: its name and verified domains, the default first. */
    record Tenant(String name, List<String> domains) {
        public Tenant {
            domains = List.copyOf(domains);
        }

        public String label() {
            return name + " (" + domains.get(0) + ")";
        }
    }

    /** Where the running demo tenant answers and which tenants it holds. */
    record Running(String graphBaseUrl, List<Tenant> tenants) {
        public Running {
            tenants = List.copyOf(tenants);
        }
    }

    /** Starts it if it is not running yet; idempotent. */
    Running start() throws IOException;

    /** Puts every tenant back to its seed. */
    void reset() throws IOException;

    /**
     * The running demo's tenants that hold {@code domains}, each signed in as its admin (the domain's tenant's
     * default domain from {@code defaultDomains}) with only {@code scopes}, as a delegated sign-in would be.
     */
    TenantConnections connect(Set<String> domains, List<String> scopes, Map<String, String> defaultDomains);
}
