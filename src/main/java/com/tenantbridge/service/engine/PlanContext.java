package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.port.TenantPorts;
import com.tenantbridge.service.port.UnreachableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a scenario planner builds up: the changes, the offline parts and the notes. */
final class PlanContext {

    final TenantConnections connections;
    final List<Change> changes = new ArrayList<>();
    final Map<String, List<Change>> offline = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final List<String> blockers = new ArrayList<>();
    final Map<String, String> unreachable = new LinkedHashMap<>();

    PlanContext(TenantConnections connections) {
        this.connections = connections;
    }

    Optional<TenantPorts> ports(String domain) {
        return connections.ports(domain);
    }

    /** Adds a change for a reachable tenant; returns its id for dependsOn. */
    String add(Change change) {
        changes.add(change);
        return change.id();
    }

    /** Records the desired setting of a tenant this run cannot read or change. */
    String offline(Change change) {
        offline.computeIfAbsent(change.tenant(), k -> new ArrayList<>()).add(change);
        return change.id();
    }

    void note(String message) {
        notes.add(message);
    }

    void block(String message) {
        blockers.add(message);
    }

    /**
     * Reads a Teams-only or barrier setting; when PowerShell cannot reach it, the change goes to the offline
     * part (runbook) instead, with what is wanted.
     */
    <T> Optional<T> readPowerShell(String tenant, java.util.function.Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (UnreachableException e) {
            note(tenant + ": " + e.getMessage() + " \u2014 its Teams settings go into the runbook.");
            return Optional.empty();
        }
    }

    /**
     * A tenant the plan cannot do without could not be reached: nothing of its part is planned, and nothing may start
     * (a run must not half-apply a plan), so it is a blocker too.
     */
    void unreachable(String tenant, String why) {
        unreachable.put(tenant, why);
        block(tenant + " could not be reached: " + why);
    }

    PlanResult result() {
        return new PlanResult(changes, offline, notes, blockers, unreachable);
    }
}
