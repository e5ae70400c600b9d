package com.tenantbridge.domain.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything reachability is decided from: the parties, each tenant's external access (absent when not
 * known), its domains, the barriers in effect, and the anonymous-join meeting. {@code missing} says why a party
 * that is not present is not (it "does not exist yet" unless a reason is known, e.g. read from the tenant).
 */
public record World(List<Party> parties, Map<String, ExternalAccess> externalAccess,
        Map<String, List<String>> domains, Barriers barriers, Meeting meeting, Map<String, String> missing) {

    public World {
        parties = List.copyOf(parties);
        externalAccess = Map.copyOf(externalAccess);
        domains = Map.copyOf(domains);
        missing = Map.copyOf(missing);
    }

    public World(List<Party> parties, Map<String, ExternalAccess> externalAccess, Map<String, List<String>> domains,
            Barriers barriers, Meeting meeting) {
        this(parties, externalAccess, domains, barriers, meeting, Map.of());
    }

    public List<String> domainsOf(String tenant) {
        return domains.getOrDefault(tenant, List.of(tenant));
    }

    /** Why {@code p} cannot be reached or reach anyone; only asked of a party that is not present. */
    public String whyMissing(Party p) {
        return missing.getOrDefault(p.id(), p.label() + " does not exist yet");
    }

    /** This world with the parties named absent, each for the reason given (a reason already known stays). */
    public World without(Map<String, String> reasons) {
        if (reasons.isEmpty()) {
            return this;
        }
        List<Party> out = new ArrayList<>();
        for (Party p : parties) {
            out.add(reasons.containsKey(p.id()) ? p.withPresent(false) : p);
        }
        Map<String, String> why = new HashMap<>(reasons);
        why.putAll(missing);
        return new World(out, externalAccess, domains, barriers, meeting, why);
    }

    public World withExternalAccess(Map<String, ExternalAccess> value) {
        return new World(parties, value, domains, barriers, meeting, missing);
    }
}
