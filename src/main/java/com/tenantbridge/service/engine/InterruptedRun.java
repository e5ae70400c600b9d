package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.Provenance;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The changes earlier runs of a journal started and never recorded as ended: a kill, a lost answer, a handout that
 * could not be written. Each comes with the window its run was in, so that what the tenant holds now can be told
 * apart: an account created inside that window is the interrupted run's; one created before is not.
 */
final class InterruptedRun {

    /** The skew allowed between this machine's clock and the tenant's ({@link Provenance#CLOCK_SKEW}). */
    private static final Duration CLOCK_SKEW = Provenance.CLOCK_SKEW;

    record Open(JournalEntry entry, Instant from, Instant to) {

        boolean within(Instant created) {
            return created != null && !created.isBefore(from) && !created.isAfter(to);
        }
    }

    private final Map<String, Open> byChangeId;

    private InterruptedRun(Map<String, Open> byChangeId) {
        this.byChangeId = byChangeId;
    }

    static InterruptedRun none() {
        return new InterruptedRun(Map.of());
    }

    static InterruptedRun of(VerifiedJournal journal, Instant now) {
        Map<String, Open> open = new LinkedHashMap<>();
        Map<String, Instant> runStart = new LinkedHashMap<>();
        for (VerifiedJournal.Line line : journal.lines()) {
            JournalEntry e = line.entry();
            Instant at = time(e);
            if (e.status() == JournalEntry.Status.RUN) {
                runStart.put(e.run(), at);
            } else if (e.status() == JournalEntry.Status.STARTED) {
                Instant from = runStart.getOrDefault(e.run(), at);
                open.put(e.changeId(), new Open(e, from == null ? Instant.EPOCH : from.minus(CLOCK_SKEW), now
                        .plus(CLOCK_SKEW)));
            } else {
                open.remove(e.changeId());
            }
        }
        return new InterruptedRun(open);
    }

    private static Instant time(JournalEntry e) {
        try {
            return e.time() == null ? null : Instant.parse(e.time());
        } catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }

    List<Open> all() {
        return List.copyOf(byChangeId.values());
    }

    Optional<Open> get(String changeId) {
        return Optional.ofNullable(byChangeId.get(changeId));
    }

    /** The interrupted creation of this account, if an earlier run started it and never recorded its end. */
    Optional<Open> creationOf(String tenant, String upn) {
        return get(Change.idOf(tenant, ChangeKind.CREATE_USER, upn.toLowerCase(Locale.ROOT)));
    }
}
