package com.tenantbridge.service.engine;

import java.util.Map;

/** What happened to one change in a run. */
public record ChangeOutcome(Change change, Status status, String message, Map<String, Object> result) {

    public enum Status {
        DONE, FAILED, SKIPPED, CANCELLED, RUNBOOK
    }

    public ChangeOutcome {
        result = result == null
                ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(result));
    }

    public boolean ok() {
        return status == Status.DONE;
    }
}
