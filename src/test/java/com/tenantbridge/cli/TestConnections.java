package com.tenantbridge.cli;

import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Optional;

/** Connections that reach no tenant. */
public final class TestConnections {
    private TestConnections() {
    }

    public static TenantConnections none() {
        return new TenantConnections() {
            @Override
            public Optional<TenantPorts> ports(String domain) {
                return Optional.empty();
            }

            @Override
            public String describe() {
                return "nothing";
            }
        };
    }
}
