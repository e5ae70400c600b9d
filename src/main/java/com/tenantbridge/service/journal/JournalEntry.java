package com.tenantbridge.service.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One line of a journal: a change and what happened to it. Never holds a secret: passwords go only to the
 * credentials handout.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        String time,
        String run,
        String plan,
        String changeId,
        String tenant,
        String kind,
        Status status,
        String summary,
        Map<String, Object> before,
        Map<String, Object> after,
        Map<String, String> params,
        Map<String, Object> result,
        String error) {

    public enum Status {
        /** Written before the change is sent, so a crash leaves a trace of what may have happened. */
        STARTED,
        DONE,
        FAILED,
        /** Not run: a change it depends on failed, or the run was cancelled. */
        SKIPPED,
        /** Not reachable from this run: it is in the runbook for the tenant's admin. */
        RUNBOOK,
        /** Undone by a rollback. */
        ROLLED_BACK
    }
}
