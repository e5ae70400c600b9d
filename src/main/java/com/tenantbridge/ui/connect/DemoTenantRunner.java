package com.tenantbridge.ui.connect;

import java.io.IOException;
import java.util.List;

/** Starts the demo tenant inside the app; called off the FX thread. */
public interface DemoTenantRunner {

    /** Where the running demo tenant answers and which tenants it holds. */
    record Running(String graphBaseUrl, List<String> tenants, java.util.Set<String> domains) {
        public Running {
            tenants = List.copyOf(tenants);
            domains = java.util.Set.copyOf(domains);
        }
    }

    /** Starts it if it is not running yet; idempotent. */
    Running start() throws IOException;

    /** Puts every tenant back to its seed. */
    void reset() throws IOException;
}
