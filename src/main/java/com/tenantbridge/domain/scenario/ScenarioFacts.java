package com.tenantbridge.domain.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the documentation says about one scenario: when it fits, what it needs, where it stops,
 * its pros and cons, what people do once it is set up, and its support for each capability.
 */
public record ScenarioFacts(
        Scenario scenario,
        List<Fact> fits,
        List<Fact> prerequisites,
        List<Fact> limits,
        List<Fact> pros,
        List<Fact> cons,
        List<Fact> stepsForPeople,
        Map<Capability, Support> capabilities) {

    public ScenarioFacts {
        Objects.requireNonNull(scenario, "scenario");
        fits = List.copyOf(fits);
        prerequisites = List.copyOf(prerequisites);
        limits = List.copyOf(limits);
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        stepsForPeople = List.copyOf(stepsForPeople);
        Map<Capability, Support> copy = new EnumMap<>(Capability.class);
        copy.putAll(capabilities);
        if (copy.size() != Capability.values().length) {
            throw new IllegalArgumentException(scenario + ": every capability needs a support level");
        }
        capabilities = java.util.Collections.unmodifiableMap(copy);
    }

    public Support support(Capability capability) {
        return capabilities.get(capability);
    }
}
