package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The changes a plan needs, in the order they must run. {@code offline} holds the part of the plan for
 * tenants this run cannot reach: the desired settings, unverified, for that tenant's admin. {@code notes}
 * say what could not be planned and why; {@code blockers} are reasons not to start at all (e.g. too few
 * licences), so nothing is half-applied. {@code unreachable} names each tenant the plan needs that could not be
 * reached (not an offline partner, whose part is a runbook): what failed and what is therefore not planned; an
 * unreachable tenant is never "no changes".
 */
public record PlanResult(List<Change> changes, Map<String, List<Change>> offline, List<String> notes,
        List<String> blockers, Map<String, String> unreachable) {

    public PlanResult {
        changes = List.copyOf(changes);
        offline = Map.copyOf(offline);
        notes = List.copyOf(notes);
        blockers = List.copyOf(blockers);
        unreachable = Map.copyOf(unreachable);
    }

    public PlanResult(List<Change> changes, Map<String, List<Change>> offline, List<String> notes,
            List<String> blockers) {
        this(changes, offline, notes, blockers, Map.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty() && offline.isEmpty();
    }

    public Map<String, List<Change>> byTenant() {
        return changes.stream().collect(Collectors.groupingBy(Change::tenant, java.util.LinkedHashMap::new,
                Collectors.toList()));
    }
}
