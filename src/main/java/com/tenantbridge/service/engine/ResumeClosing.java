package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Applying;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeRecord;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run killed between carrying out a change and journalling it leaves the change started and never ended. If
 * planning again finds nothing to do for it, it was done: the journal says so, with what rollback needs (the ids
 * the tenant holds now, and whether the interrupted run created the object, as the kind reads them), so that it
 * accounts for every change of the plan once and rollback can undo it.
 */
final class ResumeClosing {

    private final InterruptedRun interrupted;
    private final Applying applying;

    ResumeClosing(InterruptedRun interrupted, Applying applying) {
        this.interrupted = interrupted;
        this.applying = applying;
    }

    /** Closes what it can and returns what the admin should hear of it: a record that says the object is not ours. */
    List<String> close(String planName, String run, PlanResult planned, TenantConnections connections,
            Journal journal) {
        List<String> notes = new ArrayList<>();
        if (!planned.blockers().isEmpty()) {
            return notes;
        }
        Set<String> stillPlanned = new HashSet<>();
        planned.changes().forEach(c -> stillPlanned.add(c.id()));
        planned.offline().values().forEach(l -> l.forEach(c -> stillPlanned.add(c.id())));
        List<JournalEntry> closed = new ArrayList<>();
        for (InterruptedRun.Open open : interrupted.all()) {
            JournalEntry e = open.entry();
            Optional<TenantPorts> ports = connections.ports(e.tenant());
            Optional<Change> change = e.change();
            if (stillPlanned.contains(e.changeId()) || ports.isEmpty() || change.isEmpty()) {
                continue;
            }
            Optional<? extends ChangeRecord> found;
            try {
                found = change.get().kind().handler().found(change.get(), open::within, applying, ports.get());
            } catch (PortException ex) {
                found = Optional.empty();
            }
            // Not readable now: left open, so a later resume tries again rather than losing the id for good.
            found.ifPresent(record -> closed.add(new JournalEntry(Instant.now().toString(), run, planName,
                    e.changeId(), e.tenant(), e.kind(), JournalEntry.Status.DONE, e.summary(), e.before(), e.after(),
                    e.params(), record, null)));
            found.filter(record -> record.note() != null && record.createdUser() == null && record.account() != null)
                    .ifPresent(record -> notes.add(e.summary() + ": " + record.note()));
        }
        journal.appendAll(closed);
        return notes;
    }
}
