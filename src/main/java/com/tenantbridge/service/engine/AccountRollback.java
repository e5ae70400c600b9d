package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.CreateUserKind;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.journal.VerifiedJournal;
import com.tenantbridge.service.port.BulkWriteService.DeleteUser;
import com.tenantbridge.service.port.BulkWriteService.Result;
import com.tenantbridge.service.port.BulkWriteService.Step;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Rolls back accounts a run created with one write each, twenty to a JSON batch of independent DELETEs: deleting
 * a user (https://learn.microsoft.com/graph/api/user-delete) takes its licences and group memberships with it, so
 * those lines of the journal are undone by the same write instead of one write each. Each account's creation is
 * checked by the undo guard first; an account the guard does not clear is left to the one-by-one undo.
 */
final class AccountRollback {

    /** An account the run created, with every journal line of it (creation, licences, memberships). */
    record Account(String userId, VerifiedJournal.Line creation, List<VerifiedJournal.Line> lines) {
    }

    private static final int MAX_TRIES = 8;

    private final TenantPorts ports;
    private final Journal out;
    private final String run;
    private final UndoGuard guard;
    private final Consumer<Rollback.Outcome> record;
    private final WritePacer pacer;

    AccountRollback(TenantPorts ports, Journal out, String run, UndoGuard guard, Consumer<Rollback.Outcome> record,
            WritePacer pacer) {
        this.ports = ports;
        this.out = out;
        this.run = run;
        this.guard = guard;
        this.record = record;
        this.pacer = pacer;
    }

    /**
     * Accounts of the stretch {@code done[from, to)} that the run created are deleted twenty to a batch, each with
     * every line of it in the journal (its licences and memberships go with it); returns the stretch's other lines.
     */
    static List<VerifiedJournal.Line> deleteCreated(List<VerifiedJournal.Line> done, int from, int to,
            java.util.Set<VerifiedJournal.Line> handled, TenantConnections connections, Journal out, String run,
            java.util.function.Consumer<Rollback.Outcome> record, java.util.function.BooleanSupplier cancelled,
            UndoGuard guard) {
        java.util.Map<String, VerifiedJournal.Line> creations = new java.util.HashMap<>();
        java.util.Map<String, List<VerifiedJournal.Line>> linesOf = new java.util.LinkedHashMap<>();
        for (int k = from; k < done.size(); k++) {
            VerifiedJournal.Line l = done.get(k);
            String key = handled.contains(l) ? null : Rollback.account(l.entry());
            if (key != null) {
                linesOf.computeIfAbsent(key, x -> new ArrayList<>()).add(l);
                if (l.entry().result() instanceof CreateUserKind.Done created && created.created()) {
                    creations.put(key, l);
                }
            }
        }
        List<VerifiedJournal.Line> rest = new ArrayList<>();
        java.util.Map<String, List<Account>> byTenant = new java.util.LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (VerifiedJournal.Line l : done.subList(from, to)) {
            String key = handled.contains(l) ? null : Rollback.account(l.entry());
            if (key == null) {
                continue;
            }
            java.util.Optional<TenantPorts> ports = connections.ports(l.entry().tenant()).filter(p -> p.bulk() != null);
            if (!creations.containsKey(key) || ports.isEmpty()) {
                rest.add(l);
            } else if (taken.add(key)) {
                byTenant.computeIfAbsent(l.entry().tenant(), t -> new ArrayList<>()).add(new Account(
                        l.entry().result().account(), creations.get(key), linesOf.get(key)));
            }
        }
        for (java.util.Map.Entry<String, List<Account>> t : byTenant.entrySet()) {
            TenantPorts p = connections.ports(t.getKey()).orElseThrow();
            List<Account> refused = new AccountRollback(p, out, run, guard, record,
                    connections.bulkSettings().pacer()).delete(t.getValue(), cancelled);
            for (Account a : t.getValue()) {
                if (refused.contains(a)) {
                    // Left to the one-by-one undo, each line in its place.
                    a.lines().stream().filter(l -> done.indexOf(l) < to).forEach(rest::add);
                } else {
                    handled.addAll(a.lines());
                }
            }
        }
        return rest;
    }

    /** Deletes the accounts the guard clears; returns those it did not, for the one-by-one undo. */
    List<Account> delete(List<Account> accounts, BooleanSupplier cancelled) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(AT_ONCE, r -> {
            Thread t = new Thread(r, "rollback-accounts");
            t.setDaemon(true);
            return t;
        });
        try {
            // Each check reads the account once: side by side, or a thousand reads would take minutes in a row.
            List<java.util.concurrent.Future<Boolean>> checks = new ArrayList<>();
            for (Account a : accounts) {
                checks.add(pool.submit(() -> guard.check(a.creation(), ports) == null));
            }
            List<Account> refused = new ArrayList<>();
            List<Account> cleared = new ArrayList<>();
            for (int k = 0; k < accounts.size(); k++) {
                (checks.get(k).get() ? cleared : refused).add(accounts.get(k));
            }
            List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(BATCHES_AT_ONCE);
            for (int from = 0; from < cleared.size() && !cancelled.getAsBoolean(); from += BulkWriteService.MAX_STEPS) {
                List<Account> batch = cleared.subList(from, Math.min(cleared.size(), from
                        + BulkWriteService.MAX_STEPS));
                inFlight.acquire();
                sends.add(pool.submit(() -> {
                    try {
                        send(batch);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : sends) {
                f.get();
            }
            return refused;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("interrupted while rolling back");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads of the undo guard side by side, and batches on the wire at once, as a run sends them. */
    private static final int AT_ONCE = 8;
    private static final int BATCHES_AT_ONCE = 4;

    /** One batch, with its throttled deletions sent again after the service's Retry-After. */
    private void send(List<Account> batch) {
        List<Account> left = batch;
        for (int tries = 1; !left.isEmpty(); tries++) {
            Map<String, Account> byId = new HashMap<>();
            List<Step> steps = new ArrayList<>();
            for (Account a : left) {
                String id = "d" + steps.size();
                byId.put(id, a);
                steps.add(new Step(id, new DeleteUser(a.userId()), List.of()));
            }
            List<Result> answers;
            try {
                if (pacer != null) {
                    pacer.acquire(steps.size());
                }
                answers = ports.bulk().send(steps);
            } catch (PortException e) {
                left.forEach(a -> failed(a, e.getMessage()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            List<Account> again = new ArrayList<>();
            long wait = 0;
            for (Result r : answers) {
                Account a = byId.get(r.id());
                if (r.ok()) {
                    undone(a);
                } else if (r.throttled() && tries < MAX_TRIES) {
                    again.add(a);
                    wait = Math.max(wait, Math.max(1, r.retryAfterSeconds()) * 1000);
                } else {
                    failed(a, (r.status() == 404 ? "not found: " : "") + r.message());
                }
            }
            left = again;
            if (!left.isEmpty() && !sleep(wait)) {
                left.forEach(a -> failed(a, "interrupted while waiting to delete it"));
                return;
            }
        }
    }

    private void undone(Account a) {
        guard.forget(ports.domain(), a.userId());
        List<JournalEntry> lines = new ArrayList<>();
        for (VerifiedJournal.Line l : a.lines()) {
            JournalEntry e = l.entry();
            lines.add(new JournalEntry(Instant.now().toString(), run, e.plan(), e.changeId(), e.tenant(), e.kind(),
                    JournalEntry.Status.ROLLED_BACK, "undo: " + e.summary() + (l == a.creation() ? ""
                            : " (with the account)"), e.after(), e.before(), e.params(), null, null));
        }
        out.appendAll(lines);
        a.lines().forEach(l -> record.accept(new Rollback.Outcome(l.entry(), Rollback.Result.UNDONE, null)));
    }

    private void failed(Account a, String message) {
        a.lines().forEach(l -> record.accept(new Rollback.Outcome(l.entry(), Rollback.Result.FAILED, message)));
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
