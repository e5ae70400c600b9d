package com.tenantbridge.service.change;

import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One kind of change, whole (as a Terraform provider's resource type): how it is applied, how the tenant is read to
 * know it is done, how it is undone, and {@code R}, what the journal keeps of it. The engine knows no kind by name:
 * it plans {@link Change}s, and applies, closes and undoes them through their kind's handler.
 */
public interface ChangeHandler<R extends ChangeRecord> {

    /** The journal record's type; its fields are the keys of the record's JSON. */
    Class<R> recordType();

    /**
     * Carries the change out. Reads what the tenant holds first, so a change that took effect already (a resumed
     * run, a retried request) is not done twice.
     */
    R apply(Change c, Applying run, TenantPorts p);

    /**
     * A run died between carrying the change out and journalling it, and planning again finds nothing left to do:
     * what the tenant holds now, as the record the run would have written. Empty when it cannot be read now (the
     * change then stays open, for a later resume to try again). {@code duringTheRun} says whether an object's
     * creation time falls inside the interrupted run.
     */
    Optional<R> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p);

    /**
     * Before an undo: null when the object is still the one this run made (or the setting still holds what the run
     * set); otherwise why not. A journal is a file: a restored backup, a hand edit or a bug must never make rollback
     * delete or rewrite what the run did not create.
     */
    Verdict check(Change c, R done, Undo at);

    /** Deletes what the run created, or puts back the value it replaced. Runs only after {@link #check} cleared it. */
    void undo(Change c, R done, Undo at);

    /**
     * What this change, still to be made, holds back in the world the plan asks for: an account not there yet, a
     * setting at its old value. The reach engine takes the world before the plan back from the one after with it.
     */
    default void holdsBack(Change c, PendingReach reach) {
    }

    /**
     * The PowerShell that makes this change by hand, for a tenant's own admin, reading first so that running it twice
     * changes nothing the second time; null for a Microsoft Graph change (that goes in the tenant's plan file).
     */
    default String runbook(Change c) {
        return null;
    }

    /** A setting is put back only from a journal line whose checksum holds; objects the run created are proven. */
    default boolean setting() {
        return false;
    }

    /** Information barriers changed back take effect only once applied again. */
    default boolean barrier() {
        return false;
    }
}
