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
        Map<String, List<String>> domains, Barriers barriers, Meeting meeting, Map<String, String> missing,
        Map<String, String> annotators) {

    public World {
        parties = List.copyOf(parties);
        externalAccess = Map.copyOf(externalAccess);
        domains = Map.copyOf(domains);
        missing = Map.copyOf(missing);
        annotators = Map.copyOf(annotators);
    }

    public World(List<Party> parties, Map<String, ExternalAccess> externalAccess, Map<String, List<String>> domains,
            Barriers barriers, Meeting meeting, Map<String, String> missing) {
        this(parties, externalAccess, domains, barriers, meeting, missing, Map.of());
    }

    public World(List<Party> parties, Map<String, ExternalAccess> externalAccess, Map<String, List<String>> domains,
            Barriers barriers, Meeting meeting) {
        this(parties, externalAccess, domains, barriers, meeting, Map.of());
    }

    /**
     * What a person (lower-case user name or e-mail) or a whole tenant ({@link #tenantKey}) holds that lets a Teams
     * call annotate: the licence's name, "" when known to hold none, empty when not known.
     */
    public java.util.Optional<String> annotator(String key) {
        return key == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(annotators.get(key.toLowerCase(java.util.Locale.ROOT)));
    }

    public static String tenantKey(String tenant) {
        return "tenant:" + tenant.toLowerCase(java.util.Locale.ROOT);
    }

    /** This world with {@code known} holdings laid over the ones it has. */
    public World withAnnotators(Map<String, String> known) {
        Map<String, String> all = new HashMap<>(annotators);
        known.forEach((k, v) -> all.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return new World(parties, externalAccess, domains, barriers, meeting, missing, all);
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
        return new World(out, externalAccess, domains, barriers, meeting, why, annotators);
    }

    public World withExternalAccess(Map<String, ExternalAccess> value) {
        return new World(parties, value, domains, barriers, meeting, missing, annotators);
    }
}
