package com.tenantbridge.service.engine;

import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who a run acts on, by id: each reachable tenant's directory id under the domain the plan names it by. A journal
 * records it when a run starts, and rollback and resume compare it with the tenants they reach, so a journal is
 * never replayed against another tenant that happens to answer to the same domain (a restored backup, a test
 * tenant, a re-created trial).
 */
public final class RunIdentity {

    private RunIdentity() {
    }

    /** Domain (lower case) to tenant id, for the domains reachable now; an unreadable tenant is left out. */
    public static Map<String, String> tenantIds(Collection<String> domains, TenantConnections connections) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String domain : domains) {
            if (domain == null) {
                continue;
            }
            String key = domain.toLowerCase(Locale.ROOT);
            if (ids.containsKey(key)) {
                continue;
            }
            tenantId(domain, connections).ifPresent(id -> ids.put(key, id));
        }
        return ids;
    }

    /** The id of the tenant reached under {@code domain} now, if it can be read. */
    public static Optional<String> tenantId(String domain, TenantConnections connections) {
        Optional<TenantPorts> ports = connections.ports(domain);
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ports.get().directory().tenant().tenantId());
        } catch (PortException e) {
            return Optional.empty();
        }
    }
}
