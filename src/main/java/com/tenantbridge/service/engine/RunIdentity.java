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

    /** Recorded when a reachable tenant's id could not be read; never compared. */
    public static final String UNKNOWN = "unknown";

    private RunIdentity() {
    }

    /** Domain (lower case) to tenant id, for the domains reachable now ({@link #UNKNOWN} if the id cannot be read). */
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
            if (connections.ports(domain).isPresent()) {
                // A tenant the run acts on is named even when its id cannot be read now: rollback checks that a
                // line's tenant is one its run acted on, and compares ids only where both are known.
                ids.put(key, tenantId(domain, connections).orElse(UNKNOWN));
            }
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
