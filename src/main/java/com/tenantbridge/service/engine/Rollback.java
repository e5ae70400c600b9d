package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.Verdict;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Undoes, newest first, every change a journal records as done and not yet rolled back: deletes what the run
 * created and puts back the settings it replaced. Each undo is journaled too, so a rollback can be resumed.
 */
public final class Rollback {

    /** What became of one line: undone, refused (not provably the run's), left (changed since), or failed. */
    public enum Result {
        UNDONE, REFUSED, LEFT, FAILED
    }

    public record Outcome(JournalEntry entry, Result result, String message) {

        public boolean undone() {
            return result == Result.UNDONE;
        }
    }

    /** Hears of each undo as it ends; called on the rolling-back thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (outcome, index, total) -> { };

        void undone(Outcome outcome, int index, int total);
    }

    public List<Outcome> rollback(VerifiedJournal journal, TenantConnections connections, Journal out) {
        return rollback(journal, connections, out, Progress.NONE, () -> false);
    }

    /** How many changes a rollback of this journal would undo: those done and not rolled back yet. */
    public static int pending(VerifiedJournal journal) {
        return toUndo(journal).size();
    }

    /** As {@link #pending(VerifiedJournal)}, for a journal on disk. */
    public static int pending(java.nio.file.Path journal) throws java.io.IOException {
        return pending(Journal.verify(journal));
    }

    /**
     * As {@link #rollback(List, TenantConnections, Journal)}; stops before the next undo once {@code cancelled}
     * says so. What was undone is journaled, so rolling back again undoes the rest.
     */
    public List<Outcome> rollback(VerifiedJournal journal, TenantConnections connections, Journal out,
            Progress progress, java.util.function.BooleanSupplier cancelled) {
        List<VerifiedJournal.Line> done = toUndo(journal);
        final int total = done.size();
        String run = UUID.randomUUID().toString();
        java.util.Set<String> domains = new java.util.LinkedHashSet<>();
        done.forEach(l -> domains.add(l.entry().tenant()));
        Map<String, String> tenantIds = RunIdentity.tenantIds(domains, connections);
        out.append(JournalEntry.runStart(Instant.now().toString(), run, journal.runs().stream().map(JournalEntry::plan)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null), journal.planId().orElse(null), "rollback",
                com.tenantbridge.service.ToolVersion.get(), tenantIds, null));
        UndoGuard guard = new UndoGuard(journal, tenantIds);
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> reapply = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.function.Consumer<Outcome> record = outcome -> {
            synchronized (outcomes) {
                outcomes.add(outcome);
                progress.undone(outcome, outcomes.size() - 1, total);
            }
        };
        // Applying the barriers again is not an undo of its own: it follows the barrier changes actually undone.
        List<VerifiedJournal.Line> applications = done.stream().filter(l -> application(l.entry())).toList();
        done = new ArrayList<>(done);
        done.removeAll(applications);
        done.addAll(applications);
        // A rollback stopped part way may have put barriers back already; the one that resumes it applies them.
        Set<String> barriersBackBefore = new HashSet<>();
        journal.lines().stream().map(VerifiedJournal.Line::entry).filter(e -> e.status() == JournalEntry.Status
                .ROLLED_BACK && barrier(e) && !application(e)).forEach(e -> barriersBackBefore.add(e.tenant()));
        Set<VerifiedJournal.Line> handled = new HashSet<>();
        for (int i = 0; i < done.size() && !cancelled.getAsBoolean();) {
            if (handled.contains(done.get(i))) {
                i++;
                continue;
            }
            if (application(done.get(i).entry())) {
                JournalEntry e = done.get(i++).entry();
                if (!reapply.remove(e.tenant()) && !barriersBackBefore.contains(e.tenant())) {
                    record.accept(new Outcome(e, Result.FAILED, "no barrier change of this run was undone in "
                            + e.tenant() + ", so its barriers are not applied again"));
                    continue;
                }
                // Its undo applies the barriers again, now that the barrier changes it followed are back.
                record.accept(undoOne(done.get(i - 1), connections, out, run, new java.util.HashSet<>(), guard));
                continue;
            }
            int end = i;
            while (end < done.size() && account(done.get(end).entry()) != null) {
                end++;
            }
            if (end - i >= IN_PARALLEL_FROM) {
                List<VerifiedJournal.Line> rest = AccountRollback.deleteCreated(done, i, end, handled, connections, out,
                        run,
                        record, cancelled, guard);
                undoAccounts(rest, connections, out, run, record, cancelled, guard);
                i = end;
            } else {
                record.accept(undoOne(done.get(i), connections, out, run, reapply, guard));
                i++;
            }
        }
        // Barriers changed back only take effect once applied again.
        for (String tenant : reapply) {
            connections.ports(tenant).ifPresent(p -> p.barriers().startApplication());
        }
        return outcomes;
    }

    /** Below this many account changes in a row, undoing them one by one is as quick. */
    private static final int IN_PARALLEL_FROM = 8;
    /**
     * Accounts undone at once, one request each: far fewer requests in flight than a run's four batches of twenty,
     * and the SDK's retry handler waits out any throttling.
     */
    private static final int ACCOUNTS_AT_ONCE = 8;

    /**
     * The account an undo touches alone (its tenant and user id), or null. An account's own changes (created,
     * licensed, added to a group) depend on nothing another account's undo does, so accounts are undone side by
     * side, each newest first; everything else waits its turn in journal order.
     */
    static String account(JournalEntry e) {
        String account = e.result() == null ? null : e.result().account();
        return account == null ? null : e.tenant() + "/" + account;
    }

    private static boolean barrier(JournalEntry e) {
        return ChangeKind.named(e.kind()).map(k -> k.handler().barrier()).orElse(false);
    }

    private static boolean application(JournalEntry e) {
        return ChangeKind.APPLY_BARRIERS.name().equals(e.kind());
    }

    private static void undoAccounts(List<VerifiedJournal.Line> entries, TenantConnections connections, Journal out,
            String run, java.util.function.Consumer<Outcome> record, java.util.function.BooleanSupplier cancelled,
            UndoGuard guard) {
        java.util.Map<String, List<VerifiedJournal.Line>> byAccount = new java.util.LinkedHashMap<>();
        entries.forEach(e -> byAccount.computeIfAbsent(account(e.entry()), k -> new ArrayList<>()).add(e));
        java.util.concurrent.ConcurrentLinkedQueue<List<VerifiedJournal.Line>> queue =
                new java.util.concurrent.ConcurrentLinkedQueue<>(byAccount.values());
        Set<String> none = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(ACCOUNTS_AT_ONCE, byAccount.size()); w++) {
            Thread t = new Thread(() -> {
                for (List<VerifiedJournal.Line> chain = queue.poll(); chain != null; chain = queue.poll()) {
                    for (VerifiedJournal.Line e : chain) {
                        if (cancelled.getAsBoolean()) {
                            return;
                        }
                        record.accept(undoOne(e, connections, out, run, none, guard));
                    }
                }
            }, "rollback-" + w);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortException("interrupted while rolling back");
            }
        }
    }

    private static List<VerifiedJournal.Line> toUndo(VerifiedJournal journal) {
        Set<String> rolledBack = new HashSet<>();
        for (VerifiedJournal.Line l : journal.lines()) {
            if (l.entry().status() == JournalEntry.Status.ROLLED_BACK) {
                rolledBack.add(l.entry().changeId());
            }
        }
        List<VerifiedJournal.Line> done = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (VerifiedJournal.Line l : journal.lines()) {
            JournalEntry e = l.entry();
            if (e.status() == JournalEntry.Status.DONE && !rolledBack.contains(e.changeId())
                    && seen.add(e.changeId())) {
                done.add(l);
            }
        }
        Collections.reverse(done);
        return done;
    }

    private static Outcome undoOne(VerifiedJournal.Line line, TenantConnections connections, Journal out, String run,
            Set<String> reapply, UndoGuard guard) {
        JournalEntry e = line.entry();
        Optional<TenantPorts> ports = connections.ports(e.tenant());
        if (ports.isEmpty()) {
            return new Outcome(e, Result.FAILED, e.tenant() + " is not connected");
        }
        try {
            Verdict verdict = guard.check(line, ports.get());
            if (verdict != null) {
                return new Outcome(e, Result.valueOf(verdict.result().name()), verdict.message());
            }
            guard.undo(line, ports.get());
            if (barrier(e)) {
                reapply.add(e.tenant());
            }
            out.append(new JournalEntry(Instant.now().toString(), run, e.plan(), e.changeId(), e.tenant(), e.kind(),
                    JournalEntry.Status.ROLLED_BACK, "undo: " + e.summary(), e.after(), e.before(), e.params(), null,
                    null));
            return new Outcome(e, Result.UNDONE, null);
        } catch (NotFoundException e2) {
            return new Outcome(e, Result.FAILED, "not found: " + e2.getMessage());
        } catch (PortException | IllegalArgumentException e2) {
            return new Outcome(e, Result.FAILED, e2.getMessage());
        } catch (RuntimeException e2) {
            // One undo going wrong in an unforeseen way must not strand the others (nor a worker's whole queue).
            return new Outcome(e, Result.FAILED, "could not be undone: " + e2);
        }
    }
}
