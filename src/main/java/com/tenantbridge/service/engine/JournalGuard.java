package com.tenantbridge.service.engine;

import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a journal may drive a resume or a rollback here: its checksums hold, it belongs to the plan at hand, and
 * each tenant it names is the same tenant (by id) that answers to that domain now. Every reason not to is named;
 * the caller refuses unless told to go on anyway, and even then each undo is checked ({@link UndoGuard}).
 */
public final class JournalGuard {

    private JournalGuard() {
    }

    /**
     * Why {@code journal} is not this plan's run on these tenants; empty when it is. {@code planId} null skips the
     * plan check (a rollback given no plan file).
     */
    public static List<String> problems(VerifiedJournal journal, String planId, TenantConnections connections) {
        List<String> problems = new ArrayList<>();
        if (!journal.intact()) {
            problems.add(journal.file() + ": " + journal.problem());
        }
        Optional<String> recorded = journal.planId();
        if (recorded.isEmpty()) {
            problems.add(journal.file() + " names no plan (written by an earlier version of TenantBridge)");
        } else if (planId != null && !recorded.get().equals(planId)) {
            problems.add(journal.file() + " is a run of another plan (" + planName(journal) + ", id " + recorded.get()
                    + "), not of this plan (id " + planId + ")");
        }
        for (Map.Entry<String, String> tenant : tenants(journal).entrySet()) {
            RunIdentity.tenantId(tenant.getKey(), connections).filter(now -> !RunIdentity.UNKNOWN.equals(
                    tenant.getValue()) && !now.equals(tenant.getValue()))
                    .ifPresent(now -> problems.add(tenant.getKey() + " was tenant " + tenant.getValue()
                            + " when the journal was written; the " + tenant.getKey() + " reached now is tenant "
                            + now));
        }
        return problems;
    }

    private static String planName(VerifiedJournal journal) {
        return journal.runs().stream().map(JournalEntry::plan).filter(n -> n != null).findFirst()
                .map(n -> "\u201c" + n + "\u201d").orElse("unnamed");
    }

    /** Every domain the journal's runs name, with the tenant id it had then. */
    static Map<String, String> tenants(VerifiedJournal journal) {
        Map<String, String> all = new LinkedHashMap<>();
        for (JournalEntry run : journal.runs()) {
            if (run.tenants() != null) {
                run.tenants().forEach(all::putIfAbsent);
            }
        }
        return all;
    }

    /** The handout the journal's newest apply wrote, if any: a resume appends to it and to no other file. */
    public static Optional<String> handout(VerifiedJournal journal) {
        String found = null;
        for (JournalEntry run : journal.runs()) {
            if (run.handout() != null) {
                found = run.handout();
            }
        }
        return Optional.ofNullable(found);
    }
}
