package com.tenantbridge.service.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.ChangeRecord;
import com.tenantbridge.service.change.ChangeRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a journal: a change and what happened to it, or (status {@link Status#RUN}) the start of a run with
 * the identity every later line belongs to: the plan's id, each tenant's id by domain, the tool's version and the
 * credentials handout the run writes. Never holds a secret: passwords go only to the handout.
 *
 * <p>{@code planId} and {@code tenantId} are stamped on every line by {@link Journal}, and {@code hash} chains each
 * line to the one before it, so an edited, reordered, removed or borrowed line is found when the journal is read.
 *
 * <p>{@code result} is the change kind's own record: Jackson picks its type from {@code kind} (an external type id),
 * so a line's JSON is the same as before the records were typed and older journals read into them.
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
        @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "kind")
        @JsonTypeIdResolver(ChangeRecords.class)
        ChangeRecord result,
        String error,
        String planId,
        String tenantId,
        String tool,
        Map<String, String> tenants,
        String handout,
        String hash) {

    /** A change line; the journal stamps the identity and the checksum. */
    public JournalEntry(String time, String run, String plan, String changeId, String tenant, String kind,
            Status status, String summary, Map<String, Object> before, Map<String, Object> after,
            Map<String, String> params, ChangeRecord result, String error) {
        this(time, run, plan, changeId, tenant, kind, status, summary, before, after, params, result, error, null, null,
                null, null, null, null);
    }

    /** The first line of a run: what every later line of that run belongs to. */
    public static JournalEntry runStart(String time, String run, String planName, String planId, String purpose,
            String tool, Map<String, String> tenants, String handout) {
        return new JournalEntry(time, run, planName, null, null, purpose, Status.RUN, null, null, null, null, null,
                null, planId, null, tool, tenants, handout, null);
    }

    /**
     * The change this line records, as its kind's handler takes it (what the line does not keep, the change's
     * dependencies, is left empty); empty for a run's first line or a kind this version does not know.
     */
    public Optional<Change> change() {
        return changeId == null ? Optional.empty() : ChangeKind.named(kind).map(k -> new Change(changeId, tenant, k,
                summary, before, after, List.of(), params));
    }

    JournalEntry stamped(String planIdValue, String tenantIdValue) {
        return new JournalEntry(time, run, plan, changeId, tenant, kind, status, summary, before, after, params, result,
                error, planIdValue, tenantIdValue, tool, tenants, handout, null);
    }

    JournalEntry withHash(String value) {
        return new JournalEntry(time, run, plan, changeId, tenant, kind, status, summary, before, after, params, result,
                error, planId, tenantId, tool, tenants, handout, value);
    }

    public enum Status {
        /** The start of a run (apply, resume or rollback): who it belongs to. Not a change. */
        RUN,
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
