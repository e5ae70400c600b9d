package com.tenantbridge.domain.reach;

import java.util.List;
import java.util.Map;

/**
 * Everything reachability is decided from: the parties, each tenant's external access (absent when not
 * known), its domains, the barriers in effect, and the anonymous-join meeting.
 */
public record World(List<Party> parties, Map<String, ExternalAccess> externalAccess,
        Map<String, List<String>> domains, Barriers barriers, Meeting meeting) {

    public World {
        parties = List.copyOf(parties);
        externalAccess = Map.copyOf(externalAccess);
        domains = Map.copyOf(domains);
    }

    public List<String> domainsOf(String tenant) {
        return domains.getOrDefault(tenant, List.of(tenant));
    }
}
