package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.credentials.HandoutWriteException;
import com.tenantbridge.service.credentials.OneTimePasswords;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.port.BulkWriteService.Result;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Onboards many accounts with few writes. Every request is independent, so batches are all parallel as Graph
 * requires (no dependsOn chains): accounts first, each licence once its account exists, and segment-group members
 * twenty to one PATCH once their accounts exist ({@link MembershipGate}). A {@link BulkScheduler} says when each
 * request may go (Retry-After, replication pauses); {@link StepAnswers} reads each answer; {@link BulkResults}
 * says what the journal keeps. Writes are paced to the tenant's quota when a pacer is given. Cancel stops
 * sending; what ran stays done, so a resume re-plans and skips it.
 */
final class BulkOnboarding {

    /** Threads beside the workers for looking up groups. */
    private static final int LOOKUPS = 4;
    /** How long a worker waits for due work before looking at cancel and completion again. */
    private static final long WAIT_MS = 50;

    private final DeploymentPlan plan;
    private final String run;
    private final TenantPorts ports;
    private final Applier.Options options;
    private final BulkSettings settings;
    private final OneTimePasswords passwords = new OneTimePasswords();
    private final Map<String, ChangeOutcome> outcomes = new ConcurrentHashMap<>();
    private final BulkScheduler scheduler = new BulkScheduler();
    private final MembershipGate gate = new MembershipGate(BulkWriteService.MAX_MEMBERS);
    private final BulkResults results;
    /** Licences waiting for their account's creation in this run, by user principal name. */
    private final Map<String, List<Change>> parkedLicences = new ConcurrentHashMap<>();
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final int offset;
    private final int grandTotal;
    /** Batches on the wire at once; twice as many workers build and read batches around them. */
    private final Semaphore wire;
    /** Set when the handout could not be written: every worker stops sending, and the run stops. */
    private volatile RuntimeException stop;

    BulkOnboarding(DeploymentPlan plan, String run, TenantPorts ports, Applier.Options options, BulkSettings settings,
            int offset, int grandTotal, AccountRecovery recovery, Map<String, String> accountIds) {
        this.plan = plan;
        this.run = run;
        this.ports = ports;
        this.options = options;
        this.settings = settings;
        this.offset = offset;
        this.grandTotal = grandTotal;
        this.wire = new Semaphore(settings.batchesInFlight());
        this.results = new BulkResults(run, ports, options.backoff(), recovery, accountIds);
    }

    static boolean bulkable(Change c) {
        return c.kind() == ChangeKind.CREATE_USER || c.kind() == ChangeKind.ASSIGN_LICENSE
                || c.kind() == ChangeKind.ADD_GROUP_MEMBER;
    }

    /** Runs the changes; returns an outcome for each, in the order given. */
    List<ChangeOutcome> run(List<Change> changes, Map<String, ChangeOutcome.Status> statusById) {
        open.set(changes.size());
        int workerCount = settings.batchesInFlight() * 2;
        ExecutorService pool = Executors.newFixedThreadPool(workerCount + LOOKUPS, r -> {
            Thread t = new Thread(r, "tenantbridge-bulk");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Change> existingMembers = queueUp(changes, statusById);
            // Accounts and licences need no lookups, so they go at once; the groups are looked up meanwhile.
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < workerCount; i++) {
                workers.add(pool.submit(this::work));
            }
            results.lookUpGroups(changes, pool);
            for (Change m : existingMembers) {
                String id = results.existingUserId(m.param("upn"));
                if (id == null) {
                    fail(List.of(m), "no account " + m.param("upn") + results.userLookupNote());
                } else {
                    chunks(gate.ready(m, id));
                }
            }
            chunks(gate.open());
            for (Future<?> f : workers) {
                f.get();
            }
            // Workers stop at a cancel; what this thread queued after the last of them left is cancelled here.
            cancelAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (stop != null) {
            throw stop;
        }
        List<ChangeOutcome> ordered = new ArrayList<>();
        for (Change c : changes) {
            ordered.add(outcomes.get(c.id()));
        }
        return ordered;
    }

    /** Puts each change where it waits; returns the memberships of accounts that exist already. */
    private List<Change> queueUp(List<Change> changes, Map<String, ChangeOutcome.Status> statusById) {
        Set<String> created = new HashSet<>();
        changes.stream().filter(c -> c.kind() == ChangeKind.CREATE_USER).forEach(c -> created.add(key(c.param("upn"))));
        List<Change> existingMembers = new ArrayList<>();
        List<String> existingUpns = new ArrayList<>();
        for (Change c : changes) {
            String blocked = blockedBy(c, statusById);
            String upn = key(c.param("upn"));
            if (blocked != null) {
                settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, blocked, null)),
                        JournalEntry.Status.SKIPPED);
            } else if (c.kind() == ChangeKind.CREATE_USER && options.handout() == null) {
                fail(List.of(c), "no credentials handout file was chosen, so " + c.param("upn") + " is not created:"
                        + " its one-time password would have nowhere to go");
            } else if (c.kind() == ChangeKind.CREATE_USER) {
                scheduler.now(BulkWork.create(c, passwords.next(), scheduler.nextSeq()));
            } else if (c.kind() == ChangeKind.ASSIGN_LICENSE && created.contains(upn)) {
                parkedLicences.computeIfAbsent(upn, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(c);
            } else if (c.kind() == ChangeKind.ASSIGN_LICENSE) {
                scheduler.now(BulkWork.licence(c, scheduler.nextSeq()));
            } else if (created.contains(upn)) {
                gate.expect(c);
            } else {
                existingMembers.add(c);
                existingUpns.add(c.param("upn"));
            }
        }
        // A creation skipped or refused above takes its licences and memberships with it (they were put to wait for
        // it after it had settled, so they are released here).
        changes.stream().filter(c -> c.kind() == ChangeKind.CREATE_USER && outcomes.containsKey(c.id()))
                .forEach(c -> accountSettled(c, null));
        results.lookUpUsers(existingUpns);
        return existingMembers;
    }

    /** Why a change cannot run because something it depends on outside this bulk did not happen. */
    private static String blockedBy(Change c, Map<String, ChangeOutcome.Status> statusById) {
        for (String dep : c.dependsOn()) {
            ChangeOutcome.Status s = statusById.get(dep);
            if (s != null && s != ChangeOutcome.Status.DONE) {
                return "not run: " + dep + " " + s.name().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private void chunks(List<MembershipGate.Chunk> chunks) {
        for (MembershipGate.Chunk chunk : chunks) {
            String groupId = results.groupId(chunk.group());
            if (groupId == null) {
                fail(chunk.memberships(), results.groupError(chunk.group()));
            } else {
                scheduler.now(BulkWork.members(groupId, chunk.memberships(), chunk.userIds(), scheduler.nextSeq()));
            }
        }
    }

    /** A worker: takes what is due, up to twenty requests, sends them as one batch and files the answers. */
    private void work() {
        try {
            while (open.get() > 0) {
                if (options.cancelled().getAsBoolean() || stop != null) {
                    cancelAll();
                    return;
                }
                List<BulkWork> batch = scheduler.take(WAIT_MS);
                if (batch.isEmpty()) {
                    continue;
                }
                if (settings.pacer() != null) {
                    settings.pacer().acquire(batch.size());
                }
                try {
                    send(batch);
                } catch (HandoutWriteException e) {
                    // The accounts of this batch exist but their passwords are nowhere: their lines stay STARTED,
                    // so a resume finds them in place and gives each a new one. Nothing more is sent.
                    stop = e;
                    cancelAll();
                    return;
                } catch (RuntimeException e) {
                    // Anything unforeseen while filing answers must not strand the batch's changes (the other
                    // workers would wait for them for ever): they end failed, with the reason, for a resume to retry.
                    batch.forEach(w -> failWork(w, "the batch's answers could not be filed: " + e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(List<BulkWork> batch) throws InterruptedException {
        List<Change> first = new ArrayList<>();
        batch.forEach(w -> w.changes().stream().filter(c -> sent.add(c.id())).forEach(first::add));
        journal(first, JournalEntry.Status.STARTED);
        for (Change c : first) {
            options.listener().started(c, offset + finished.get(), grandTotal);
        }
        List<Result> answers;
        try {
            answers = ports.bulk().send(batch.stream().map(w -> new BulkWriteService.Step(w.id(), results.op(w),
                    List.of())).toList(), wire);
        } catch (PortException e) {
            boolean transientFailure = e.status() == 429 || e.status() == 503 || e.status() == 504 || e.status() == 0;
            for (BulkWork w : batch) {
                if (!transientFailure || !scheduler.later(w, 0)) {
                    failWork(w, (transientFailure ? BulkScheduler.gaveUp("the batch: ") : "") + e.getMessage());
                }
            }
            return;
        }
        file(batch, answers);
    }

    /** Sorts each request's answer into done, failed, or to be sent again. */
    private void file(List<BulkWork> batch, List<Result> answers) {
        Map<String, Result> byId = new HashMap<>();
        answers.forEach(r -> byId.put(r.id(), r));
        List<ChangeOutcome> done = new ArrayList<>();
        List<CredentialsHandout.Row> rows = new ArrayList<>();
        List<BulkWork> throttled = new ArrayList<>();
        long retryAfter = 0;
        for (BulkWork w : batch) {
            Result r = byId.get(w.id());
            switch (StepAnswers.of(w, r)) {
                case DONE -> done.addAll(results.done(w, r, rows));
                case EXISTS -> done.addAll(exists(w, rows));
                case THROTTLED -> {
                    throttled.add(w);
                    retryAfter = Math.max(retryAfter, r.retryAfterSeconds());
                }
                case NOT_YET -> again(w, 0, "not found yet (replication)");
                case FAILED -> failWork(w, StepAnswers.message(r));
            }
        }
        if (options.handout() != null) {
            options.handout().addAll(rows);
        }
        settle(done, JournalEntry.Status.DONE);
        done.stream().filter(o -> o.change().kind() == ChangeKind.CREATE_USER)
                .forEach(o -> accountSettled(o.change(), results.userId(o.change().param("upn"))));
        // The service's own Retry-After. When most of a batch is refused, the tenant's write budget is spent and
        // every sender holds off; an odd refused request waits alone while the rest go on.
        long pause = retryAfter * 1000;
        if (pause > 0 && throttled.size() * 2 >= batch.size()) {
            scheduler.holdOff(System.currentTimeMillis() + pause);
        }
        throttled.forEach(w -> again(w, Math.max(pause, 1), "throttled"));
    }

    /** Refused because it holds already; for members, those not in yet go again. */
    private List<ChangeOutcome> exists(BulkWork w, List<CredentialsHandout.Row> rows) {
        if (w.kind() != BulkWork.Kind.MEMBERS) {
            return results.exists(w, rows);
        }
        BulkResults.Split split = results.splitMembers(w);
        if (!split.rest().isEmpty()) {
            scheduler.now(w.only(split.rest(), split.restIds(), scheduler.nextSeq()));
        }
        return split.in();
    }

    private void again(BulkWork w, long pauseMs, String why) {
        if (!scheduler.later(w, pauseMs)) {
            failWork(w, BulkScheduler.gaveUp(why));
        }
    }

    private void failWork(BulkWork w, String message) {
        fail(w.changes(), message);
    }

    private void fail(List<Change> changes, String message) {
        settle(changes.stream().map(c -> new ChangeOutcome(c, ChangeOutcome.Status.FAILED, message, null)).toList(),
                JournalEntry.Status.FAILED);
        changes.stream().filter(c -> c.kind() == ChangeKind.CREATE_USER).forEach(c -> accountSettled(c, null));
    }

    /** The account is settled: with an id its licences and memberships may go; without, they are skipped. */
    private void accountSettled(Change create, String userId) {
        String upn = create.param("upn");
        List<Change> licences = parkedLicences.remove(key(upn));
        if (userId != null) {
            if (licences != null) {
                licences.forEach(l -> scheduler.now(BulkWork.licence(l, scheduler.nextSeq())));
            }
            chunks(gate.created(upn, userId));
            return;
        }
        ChangeOutcome o = outcomes.get(create.id());
        String why = "not run: " + create.id() + " " + (o == null ? "failed"
                : o.status().name().toLowerCase(Locale.ROOT));
        List<Change> skipped = new ArrayList<>(gate.notCreated(upn));
        if (licences != null) {
            skipped.addAll(licences);
        }
        settle(skipped.stream().map(c -> new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, why, null)).toList(),
                JournalEntry.Status.SKIPPED);
        chunks(gate.due());
    }

    /** Cancel: nothing more is sent; what waits is recorded as cancelled, so a resume picks it up. */
    private void cancelAll() {
        List<Change> rest = new ArrayList<>();
        scheduler.drain().forEach(w -> rest.addAll(w.changes()));
        parkedLicences.values().forEach(rest::addAll);
        parkedLicences.clear();
        rest.addAll(gate.drain());
        settle(rest.stream().filter(c -> !outcomes.containsKey(c.id())).map(c -> new ChangeOutcome(c,
                ChangeOutcome.Status.CANCELLED, "cancelled before it started", null)).toList(),
                JournalEntry.Status.SKIPPED);
    }

    private void journal(List<Change> changes, JournalEntry.Status status) {
        options.journal().appendAll(changes.stream().map(c -> Applier.entry(plan, run, c, status, null, null))
                .toList());
    }

    /** Records final outcomes: journal (one sync), listener, and what the caller reads. Each change once. */
    private synchronized void settle(List<ChangeOutcome> list, JournalEntry.Status status) {
        List<ChangeOutcome> fresh = list.stream().filter(o -> !outcomes.containsKey(o.change().id())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        options.journal().appendAll(fresh.stream().map(o -> Applier.entry(plan, run, o.change(), status, o.result(),
                o.status() == ChangeOutcome.Status.DONE ? null : o.message())).toList());
        for (ChangeOutcome o : fresh) {
            outcomes.put(o.change().id(), o);
            open.decrementAndGet();
            options.listener().finished(o, offset + finished.getAndIncrement(), grandTotal);
        }
    }

    private static String key(String upn) {
        return upn == null ? "" : upn.toLowerCase(Locale.ROOT);
    }
}
