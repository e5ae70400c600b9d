package com.tenantbridge.ui.connect;

import java.io.IOException;
import java.util.List;

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
}
