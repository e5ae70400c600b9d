package com.tenantbridge.service.change;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change the plan makes to one tenant: what it is, what the tenant has now and what it will have,
 * what it needs done first, and the parameters applying (and undoing) it needs. {@code id} is stable across
 * runs, so a journal entry from an earlier run names the same change.
 */
public record Change(
        String id,
        String tenant,
        ChangeKind kind,
        String summary,
        Map<String, Object> before,
        Map<String, Object> after,
        List<String> dependsOn,
        Map<String, String> params) {

    public Change {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The parameter that says whom a change cuts off, in words; absent when it cuts nobody off. */
    public static final String NARROWS = "narrows";

    public Channel channel() {
        return kind.channel();
    }

    /** Whom this change cuts off, or null: such a change runs only when the plan records it was confirmed. */
    public String narrows() {
        return params.get(NARROWS);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** The id every change of this kind and key gets: "{tenant}/{kind}/{key}", lower-cased. */
    public static String idOf(String tenant, ChangeKind kind, String key) {
        return (tenant + "/" + kind.name() + "/" + key).toLowerCase(java.util.Locale.ROOT);
    }
}
