package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeHandler;
import com.tenantbridge.service.change.ChangeRecord;
import com.tenantbridge.service.change.Provenance;
import com.tenantbridge.service.change.Undo;
import com.tenantbridge.service.change.Verdict;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Before an undo: checks what holds for every line (it was recorded for the tenant connected now, it belongs to a
 * run of this journal that acted on that tenant, a setting comes from a line whose checksum holds), then lets the
 * line's kind re-read the object and say whether it is provably the one the run made ({@link ChangeHandler#check}).
 * Lines whose checksum chain does not hold are held to the strictest test: only objects created inside the
 * journal's runs are touched.
 */
final class UndoGuard {

    private final VerifiedJournal journal;
    private final Map<String, String> connectedTenantIds;
    private final Provenance provenance;

    UndoGuard(VerifiedJournal journal, Map<String, String> connectedTenantIds) {
        this.journal = journal;
        this.connectedTenantIds = connectedTenantIds;
        String first = null;
        String last = null;
        Set<String> users = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (VerifiedJournal.Line l : journal.lines()) {
            JournalEntry e = l.entry();
            first = first == null ? e.time() : first;
            last = e.time();
            if (e.status() == JournalEntry.Status.DONE && e.result() != null) {
                Optional.ofNullable(e.result().createdUser()).ifPresent(users::add);
                Optional.ofNullable(e.result().createdGroup()).ifPresent(groups::add);
            }
        }
        this.provenance = new Provenance(users, groups, first, last == null ? Instant.now().toString() : last);
    }

    /** Null when the undo may go ahead; otherwise why not. */
    Verdict check(VerifiedJournal.Line line, TenantPorts p) {
        JournalEntry e = line.entry();
        String where = "line " + line.number() + ": ";
        String now = connectedTenantIds.get(e.tenant().toLowerCase(Locale.ROOT));
        if (e.tenantId() != null && now != null && !RunIdentity.UNKNOWN.equals(e.tenantId())
                && !RunIdentity.UNKNOWN.equals(now) && !e.tenantId().equals(now)) {
            return Verdict.refuse(where + "recorded for tenant " + e.tenantId() + ", but " + e.tenant() + " is tenant "
                    + now + " now");
        }
        Optional<JournalEntry> run = journal.runOf(line.number(), e.run());
        if (run.isEmpty() && !journal.runs().isEmpty()) {
            return Verdict.refuse(where + "belongs to no run this journal records");
        }
        if (run.isPresent() && run.get().tenants() != null && !run.get().tenants().isEmpty() && run.get().tenants()
                .keySet().stream().noneMatch(d -> d.equalsIgnoreCase(e.tenant()))) {
            return Verdict.refuse(where + "its run did not act on " + e.tenant());
        }
        Optional<Change> change = e.change();
        if (change.isEmpty()) {
            return Verdict.fail(where + "the journal names a change kind this version does not know (" + e.kind()
                    + ")");
        }
        if (e.result() == null) {
            return Verdict.fail(where + "the journal keeps no record of what was done");
        }
        ChangeHandler<?> handler = change.get().kind().handler();
        if (!line.trusted() && handler.setting()) {
            return Verdict.refuse(where + "a setting is put back only from a line whose checksum holds");
        }
        return check(handler, change.get(), e.result(), at(line, p));
    }

    /** The undo of {@code line}'s change, once {@link #check} cleared it. */
    void undo(VerifiedJournal.Line line, TenantPorts p) {
        Change change = line.entry().change().orElseThrow();
        undo(change.kind().handler(), change, line.entry().result(), at(line, p));
    }

    private Undo at(VerifiedJournal.Line line, TenantPorts p) {
        JournalEntry e = line.entry();
        String runStart = journal.runOf(line.number(), e.run()).map(JournalEntry::time).orElse(null);
        return provenance.at("line " + line.number() + ": ", new Provenance.Window(runStart, e.time()), p);
    }

    /** After an undo deleted the object, a later line about it must see it gone. */
    void forget(String tenant, String id) {
        provenance.forget(tenant, id);
    }

    private static <R extends ChangeRecord> Verdict check(ChangeHandler<R> handler, Change c, ChangeRecord done,
            Undo at) {
        return handler.check(c, handler.recordType().cast(done), at);
    }

    private static <R extends ChangeRecord> void undo(ChangeHandler<R> handler, Change c, ChangeRecord done,
            Undo at) {
        handler.undo(c, handler.recordType().cast(done), at);
    }
}
