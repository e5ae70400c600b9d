package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeRecord;

/** What happened to one change in a run; {@code result} is what the journal keeps of it done, or null. */
public record ChangeOutcome(Change change, Status status, String message, ChangeRecord result) {

    public enum Status {
        DONE, FAILED, SKIPPED, CANCELLED, RUNBOOK
    }

    public boolean ok() {
        return status == Status.DONE;
    }
}
