package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.credentials.OneTimePasswords;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.BulkWriteService.AddMember;
import com.tenantbridge.service.port.BulkWriteService.AssignLicence;
import com.tenantbridge.service.port.BulkWriteService.CreateUser;
import com.tenantbridge.service.port.BulkWriteService.Result;
import com.tenantbridge.service.port.BulkWriteService.Step;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Onboards many accounts fast. Each account's creation and its licences travel together in a JSON batch (the
 * licences depending on the creation); its segment-group membership follows as soon as the account's id is
 * known; batches are filled to twenty steps from whatever is ready, a bounded number in flight, paced to the
 * tenant's write quota when a pacer is given. A throttled step goes again after its own Retry-After, packed
 * with other ready work rather than alone; a 404 right after a create (replication) goes again after a
 * growing pause. Every change is journalled before and after, a batch at a time. Cancel stops sending; what
 * ran stays done, so a resume re-plans and skips it.
 */
final class BulkOnboarding {

    private static final long FIRST_PAUSE_MS = 500;
    private static final long MAX_PAUSE_MS = 16_000;
    private static final long GIVE_UP_MS = 120_000;
    private static final int MIN_ATTEMPTS = 8;
    /** Threads beside the workers for looking up groups. */
    private static final int LOOKUPS = 4;
    /** A worker's pause when nothing is ready. */
    private static final long IDLE_MS = 5;

    private final DeploymentPlan plan;
    private final String run;
    private final TenantPorts ports;
    private final Applier.Options options;
    private final BulkSettings settings;
    private final OneTimePasswords passwords = new OneTimePasswords();
    private final Map<String, ChangeOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> userIds = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> groupIds = new ConcurrentHashMap<>();
    private final Map<String, String> groupErrors = new ConcurrentHashMap<>();
    private volatile String userLookupError;
    /** Memberships waiting for their account's creation in this run, by user principal name. */
    private final Map<String, List<Change>> parked = new ConcurrentHashMap<>();
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    private final PriorityBlockingQueue<Unit> queue = new PriorityBlockingQueue<>();
    /** Units of one step (memberships, a lone licence): they fill the gap an account's three steps leave. */
    private final PriorityBlockingQueue<Unit> singles = new PriorityBlockingQueue<>();
    private final Object taking = new Object();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final int offset;
    private final int grandTotal;
    /** Batches on the wire at once; twice as many workers build and read batches around them. */
    private final Semaphore wire;
    /** Until when every sender holds off, after the service asked for it (epoch millis). */
    private volatile long quietUntil;

    private final AccountRecovery recovery;
    /** Set when the handout could not be written: every worker stops sending, and the run stops. */
    private volatile RuntimeException stop;

    BulkOnboarding(DeploymentPlan plan, String run, TenantPorts ports, Applier.Options options, BulkSettings settings,
            int offset, int grandTotal, AccountRecovery recovery) {
        this.plan = plan;
        this.recovery = recovery;
        this.run = run;
        this.ports = ports;
        this.options = options;
        this.settings = settings;
        this.offset = offset;
        this.grandTotal = grandTotal;
        this.wire = new Semaphore(settings.batchesInFlight());
    }

    static boolean bulkable(Change c) {
        return c.kind() == ChangeKind.CREATE_USER || c.kind() == ChangeKind.ASSIGN_LICENSE
                || c.kind() == ChangeKind.ADD_GROUP_MEMBER;
    }

    /** One change as one step; {@code password} only for an account to create. */
    private record Item(Change change, List<String> dependsOn, String password) {
    }

    /**
     * Steps that must travel in one batch (an account and its licences), and when they may go. Ordered by that
     * time, then smallest first (so a membership fills the gap an account leaves), then by arrival.
     */
    private record Unit(List<Item> items, long notBefore, int attempt, long firstTry, long seq)
            implements Comparable<Unit> {
        @Override
        public int compareTo(Unit o) {
            int t = Long.compare(notBefore, o.notBefore);
            if (t != 0) {
                return t;
            }
            int size = Integer.compare(items.size(), o.items.size());
            return size != 0 ? size : Long.compare(seq, o.seq);
        }
    }

    /** Ready from {@code notBefore}, or from now: what waited longest goes first, retries included. */
    private void enqueue(List<Item> items, long notBefore, int attempt, long firstTry) {
        Unit u = new Unit(List.copyOf(items), Math.max(notBefore, System.currentTimeMillis()), attempt, firstTry,
                sequence.incrementAndGet());
        (u.items().size() == 1 ? singles : queue).put(u);
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
            Map<String, List<Change>> byUser = new LinkedHashMap<>();
            Set<String> created = new HashSet<>();
            List<Change> memberships = new ArrayList<>();
            for (Change c : changes) {
                String blocked = blockedBy(c, statusById);
                if (blocked != null) {
                    settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, blocked, null)),
                            JournalEntry.Status.SKIPPED);
                } else if (c.kind() == ChangeKind.ADD_GROUP_MEMBER) {
                    memberships.add(c);
                } else {
                    byUser.computeIfAbsent(key(c.param("upn")), k -> new ArrayList<>()).add(c);
                    if (c.kind() == ChangeKind.CREATE_USER) {
                        created.add(key(c.param("upn")));
                    }
                }
            }
            byUser.values().forEach(this::enqueueAccount);
            List<String> existing = new ArrayList<>();
            for (Change m : memberships) {
                String upn = key(m.param("upn"));
                if (created.contains(upn) && !outcomes.containsKey(createId(m))) {
                    parked.computeIfAbsent(upn, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(m);
                } else {
                    existing.add(m.param("upn"));
                }
            }
            // Accounts and licences need no lookups, so they go at once; the groups are looked up meanwhile.
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < workerCount; i++) {
                workers.add(pool.submit(this::work));
            }
            lookUpGroups(changes, pool);
            releaseExisting(memberships, created, existing);
            for (Future<?> f : workers) {
                f.get();
            }
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

    private static String createId(Change membership) {
        return membership.dependsOn().stream().filter(d -> d.contains("/create_user/")).findFirst().orElse("");
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

    /** Each segment group once, a few at a time; a group that cannot be read fails its memberships. */
    private void lookUpGroups(List<Change> changes, ExecutorService pool) throws InterruptedException {
        List<Future<?>> lookups = new ArrayList<>();
        changes.stream().filter(c -> c.kind() == ChangeKind.ADD_GROUP_MEMBER).map(c -> c.param("group")).distinct()
                .forEach(name -> lookups.add(pool.submit(() -> groupId(name))));
        for (Future<?> f : lookups) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // Recorded by groupId; the memberships of that group fail with its message.
            }
        }
    }

    /** An account's creation and its licences, as one unit; licences alone for an account that exists. */
    private void enqueueAccount(List<Change> unit) {
        List<Item> items = new ArrayList<>();
        String createId = null;
        for (Change c : unit) {
            if (c.kind() != ChangeKind.CREATE_USER) {
                continue;
            }
            if (options.handout() == null) {
                settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.FAILED, "no credentials handout file was"
                        + " chosen, so " + c.param("upn") + " is not created: its one-time password would have"
                        + " nowhere to go", null)), JournalEntry.Status.FAILED);
                createId = c.id();
                continue;
            }
            createId = c.id();
            items.add(new Item(c, List.of(), passwords.next()));
        }
        for (Change c : unit) {
            if (c.kind() != ChangeKind.ASSIGN_LICENSE) {
                continue;
            }
            if (createId != null && outcomes.containsKey(createId)) {
                settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, "not run: " + createId + " failed",
                        null)), JournalEntry.Status.SKIPPED);
                continue;
            }
            items.add(new Item(c, createId == null ? List.of() : List.of(createId), null));
        }
        if (!items.isEmpty()) {
            enqueue(items, 0, 0, 0);
        }
    }

    /** Memberships of accounts that exist already: their ids are read twenty to a batch, then they go. */
    private void releaseExisting(List<Change> memberships, Set<String> created, List<String> upns) {
        List<String> unknown = upns.stream().filter(u -> !userIds.containsKey(key(u))).distinct().toList();
        if (!unknown.isEmpty()) {
            try {
                ports.directory().findUsers(unknown).forEach((upn, u) -> userIds.put(key(upn), u.id()));
            } catch (PortException e) {
                userLookupError = e.getMessage();
            }
        }
        for (Change m : memberships) {
            String upn = key(m.param("upn"));
            if (!created.contains(upn) || outcomes.containsKey(createId(m))) {
                releaseMembership(m);
            }
        }
    }

    private void releaseMembership(Change m) {
        // Two paths release a new account's memberships (its creation settling, and the pass after the group
        // lookups); whichever comes second must not send them again.
        if (outcomes.containsKey(m.id()) || !released.add(m.id())) {
            return;
        }
        ChangeOutcome create = outcomes.get(createId(m));
        if (create != null && create.status() != ChangeOutcome.Status.DONE) {
            settle(List.of(new ChangeOutcome(m, ChangeOutcome.Status.SKIPPED, "not run: " + createId(m) + " "
                    + create.status().name().toLowerCase(Locale.ROOT), null)), JournalEntry.Status.SKIPPED);
            return;
        }
        String groupId = groupId(m.param("group"));
        String userId = userIds.get(key(m.param("upn")));
        if (groupId == null || userId == null) {
            String why = groupId == null ? groupErrors.getOrDefault(m.param("group").toLowerCase(Locale.ROOT),
                    "no group " + m.param("group")) : "no account " + m.param("upn")
                    + (userLookupError == null ? "" : ": " + userLookupError);
            settle(List.of(new ChangeOutcome(m, ChangeOutcome.Status.FAILED, why, null)), JournalEntry.Status.FAILED);
            return;
        }
        enqueue(List.of(new Item(m, List.of(), null)), 0, 0, 0);
    }

    /** A worker: fills a batch from the ready units, sends it, and files what came back, until all is settled. */
    private void work() {
        try {
            while (open.get() > 0) {
                if (options.cancelled().getAsBoolean() || stop != null) {
                    cancelAll();
                    return;
                }
                List<Unit> batch = take();
                if (batch.isEmpty()) {
                    continue;
                }
                int steps = batch.stream().mapToInt(u -> u.items().size()).sum();
                if (settings.pacer() != null) {
                    settings.pacer().acquire(steps);
                }
                try {
                    send(batch);
                } catch (com.tenantbridge.service.credentials.HandoutWriteException e) {
                    // The accounts of this batch exist but their passwords are nowhere: their lines stay STARTED,
                    // so a resume finds them in place and gives each a new one. Nothing more is sent.
                    stop = e;
                    cancelAll();
                    return;
                } catch (RuntimeException e) {
                    // Anything unforeseen while filing answers must not strand the batch's changes (the other
                    // workers would wait for them for ever): they end failed, with the reason, for a resume to retry.
                    List<Item> items = new ArrayList<>();
                    batch.forEach(u -> items.addAll(u.items()));
                    fail(items, "the batch's answers could not be filed: " + e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ready units, up to twenty steps; waits a little when nothing is ready yet. */
    private List<Unit> take() throws InterruptedException {
        List<Unit> batch;
        synchronized (taking) {
            batch = fill(System.currentTimeMillis());
        }
        if (batch.isEmpty()) {
            Thread.sleep(IDLE_MS);
        }
        return batch;
    }

    /**
     * The unit that has waited longest first, from either queue, then more in that order while they fit; the
     * space an account leaves is filled with single steps. One taker at a time, so peeks hold until the poll.
     */
    private List<Unit> fill(long now) {
        List<Unit> batch = new ArrayList<>();
        if (quietUntil > now) {
            return batch;
        }
        int steps = 0;
        while (steps < BulkWriteService.MAX_STEPS) {
            Unit big = ready(queue.peek(), now);
            Unit one = ready(singles.peek(), now);
            if (big == null && one == null) {
                break;
            }
            boolean bigFirst = big != null && (one == null || big.compareTo(one) <= 0);
            if (bigFirst && steps + big.items().size() <= BulkWriteService.MAX_STEPS) {
                // A unit put meanwhile may come out instead; it is ready and no bigger, or it would sort later.
                Unit taken = queue.poll();
                batch.add(taken);
                steps += taken.items().size();
            } else if (one != null) {
                batch.add(singles.poll());
                steps++;
            } else {
                break;
            }
        }
        return batch;
    }

    private static Unit ready(Unit u, long now) {
        return u != null && u.notBefore() <= now ? u : null;
    }

    private void send(List<Unit> batch) throws InterruptedException {
        List<Item> items = new ArrayList<>();
        Map<String, Unit> unitOf = new HashMap<>();
        List<Item> first = new ArrayList<>();
        for (Unit u : batch) {
            for (Item i : u.items()) {
                items.add(i);
                unitOf.put(i.change().id(), u);
                if (u.attempt() == 0) {
                    first.add(i);
                }
            }
        }
        journal(first, JournalEntry.Status.STARTED);
        for (Item i : first) {
            options.listener().started(i.change(), offset + finished.get(), grandTotal);
        }
        List<Result> results;
        try {
            results = ports.bulk().send(items.stream().map(i -> new Step(i.change().id(), op(i), i.dependsOn()))
                    .toList(), wire);
        } catch (PortException e) {
            boolean transientFailure = e.status() == 429 || e.status() == 503 || e.status() == 504 || e.status() == 0;
            for (Unit u : batch) {
                if (transientFailure) {
                    again(u.items(), u, FIRST_PAUSE_MS << Math.min(u.attempt(), 5), "the batch: " + e.getMessage());
                } else {
                    fail(u.items(), e.getMessage());
                }
            }
            return;
        }
        file(items, unitOf, results);
    }

    /** Sorts each step's answer into done, failed, skipped, or to be sent again. */
    private void file(List<Item> items, Map<String, Unit> unitOf, List<Result> results) {
        Map<String, Result> byStep = new HashMap<>();
        results.forEach(r -> byStep.put(r.id(), r));
        List<ChangeOutcome> done = new ArrayList<>();
        List<ChangeOutcome> failed = new ArrayList<>();
        List<CredentialsHandout.Row> rows = new ArrayList<>();
        Map<Unit, List<Item>> throttled = new LinkedHashMap<>();
        Map<Unit, List<Item>> notYet = new LinkedHashMap<>();
        List<Item> waiting = new ArrayList<>();
        long retryAfter = 0;
        for (Item i : items) {
            Result r = byStep.get(i.change().id());
            Change c = i.change();
            Unit u = unitOf.get(c.id());
            if (r != null && r.ok()) {
                done.add(new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, result(i, r, rows)));
            } else if (r != null && r.throttled()) {
                throttled.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
                retryAfter = Math.max(retryAfter, r.retryAfterSeconds());
            } else if (r != null && r.status() == 424) {
                waiting.add(i);
            } else if (r != null && r.status() == 404 && c.kind() != ChangeKind.CREATE_USER) {
                notYet.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
            } else if (r != null && c.kind() == ChangeKind.CREATE_USER && r.status() == 400 && r.message() != null
                    && r.message().contains("already exists")) {
                // Taken already. On a first try: an earlier, interrupted run created it, and its password is in that
                // handout. On a later try: this run's earlier try did, its answer lost, with this same password.
                done.add(new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, u.attempt() > 0
                        ? createdUnanswered(i, rows) : existing(c)));
            } else if (r != null && c.kind() == ChangeKind.ADD_GROUP_MEMBER && r.status() == 400
                    && r.message() != null && r.message().contains("already exist")) {
                done.add(new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, membership(c)));
            } else {
                failed.add(new ChangeOutcome(c, ChangeOutcome.Status.FAILED, r == null ? "no answer in the batch"
                        : r.message(), null));
            }
        }
        // A licence that did not run because its account's creation was throttled goes again with it; one whose
        // account failed for good is skipped, the account's own outcome saying why.
        Set<String> resent = new HashSet<>();
        throttled.values().forEach(l -> l.forEach(i -> resent.add(i.change().id())));
        Set<String> doneHere = new HashSet<>();
        done.forEach(o -> doneHere.add(o.change().id()));
        List<ChangeOutcome> skipped = new ArrayList<>();
        List<Item> freed = new ArrayList<>();
        for (Item i : waiting) {
            if (!i.dependsOn().isEmpty() && doneHere.containsAll(i.dependsOn())) {
                // Its account turned out to exist already (the batch answered 424 for the licence): send it alone.
                freed.add(new Item(i.change(), List.of(), i.password()));
            } else if (i.dependsOn().stream().anyMatch(resent::contains)) {
                throttled.computeIfAbsent(unitOf.get(i.change().id()), k -> new ArrayList<>()).add(i);
            } else {
                skipped.add(new ChangeOutcome(i.change(), ChangeOutcome.Status.SKIPPED, "not run: "
                        + String.join(", ", i.dependsOn()) + " failed", null));
            }
        }
        throttled.values().forEach(l -> l.forEach(i -> resent.add(i.change().id())));
        if (options.handout() != null) {
            options.handout().addAll(rows);
        }
        for (Item i : freed) {
            Unit u = unitOf.get(i.change().id());
            enqueue(List.of(i), System.currentTimeMillis(), u.attempt() + 1, u.firstTry() == 0
                    ? System.currentTimeMillis() : u.firstTry());
        }
        settle(done, JournalEntry.Status.DONE);
        settle(failed, JournalEntry.Status.FAILED);
        settle(skipped, JournalEntry.Status.SKIPPED);
        for (ChangeOutcome o : done) {
            if (o.change().kind() == ChangeKind.CREATE_USER) {
                releaseParked(o.change());
            }
        }
        for (ChangeOutcome o : failed) {
            if (o.change().kind() == ChangeKind.CREATE_USER) {
                releaseParked(o.change());
            }
        }
        // The service's own Retry-After for these steps. When most of a batch is refused, the tenant's write
        // budget is spent and every sender holds off; an odd refused step waits alone while the rest go on.
        long pause = retryAfter * 1000;
        int refused = throttled.values().stream().mapToInt(List::size).sum();
        if (pause > 0 && refused * 2 >= items.size()) {
            quietUntil = Math.max(quietUntil, System.currentTimeMillis() + pause);
        }
        throttled.forEach((u, list) -> again(list.stream().map(i -> new Item(i.change(), i.dependsOn().stream()
                .filter(resent::contains).toList(), i.password())).toList(), u, pause, "throttled"));
        notYet.forEach((u, list) -> again(list.stream().map(i -> new Item(i.change(), List.of(), i.password()))
                .toList(), u, Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS << Math.min(u.attempt(), 6)),
                "not found yet (replication)"));
    }

    /** The account is settled: the memberships waiting for it can go, or are skipped if it failed. */
    private void releaseParked(Change create) {
        List<Change> waiting = parked.remove(key(create.param("upn")));
        if (waiting != null) {
            waiting.forEach(this::releaseMembership);
        }
    }

    private void again(List<Item> items, Unit from, long pauseMs, String why) {
        long firstTry = from.firstTry() == 0 ? System.currentTimeMillis() : from.firstTry();
        // Both: a unit may wait long behind others in a big run without having been refused often.
        if (from.attempt() + 1 >= MIN_ATTEMPTS && System.currentTimeMillis() - firstTry > GIVE_UP_MS) {
            fail(items, "gave up after " + GIVE_UP_MS / 1000 + " s: " + why);
            return;
        }
        enqueue(items, System.currentTimeMillis() + pauseMs, from.attempt() + 1, firstTry);
    }

    private void fail(List<Item> items, String message) {
        settle(items.stream().map(i -> new ChangeOutcome(i.change(), ChangeOutcome.Status.FAILED, message, null))
                .toList(), JournalEntry.Status.FAILED);
        for (Item i : items) {
            if (i.change().kind() == ChangeKind.CREATE_USER) {
                releaseParked(i.change());
            }
        }
    }

    /** Cancel: nothing more is sent; what waits is recorded as cancelled, so a resume picks it up. */
    private void cancelAll() {
        List<Unit> rest = new ArrayList<>();
        queue.drainTo(rest);
        singles.drainTo(rest);
        List<ChangeOutcome> cancelled = new ArrayList<>();
        for (Unit u : rest) {
            for (Item i : u.items()) {
                cancelled.add(new ChangeOutcome(i.change(), ChangeOutcome.Status.CANCELLED, "cancelled before it"
                        + " started", null));
            }
        }
        for (String upn : new ArrayList<>(parked.keySet())) {
            List<Change> waiting = parked.remove(upn);
            if (waiting != null) {
                waiting.forEach(m -> cancelled.add(new ChangeOutcome(m, ChangeOutcome.Status.CANCELLED,
                        "cancelled before it started", null)));
            }
        }
        settle(cancelled.stream().filter(o -> !outcomes.containsKey(o.change().id())).toList(),
                JournalEntry.Status.SKIPPED);
    }

    private BulkWriteService.Op op(Item i) {
        Change c = i.change();
        return switch (c.kind()) {
            case CREATE_USER -> new CreateUser(new NewUser(c.param("upn"), c.param("displayName"),
                    c.param("usageLocation"), c.param("department"), c.param("companyName"), i.password()));
            case ASSIGN_LICENSE -> new AssignLicence(c.param("upn"), UUID.fromString(c.param("skuId")));
            case ADD_GROUP_MEMBER -> new AddMember(groupId(c.param("group")), userIds.get(key(c.param("upn"))));
            default -> throw new IllegalStateException(c.kind() + " does not go in a bulk batch");
        };
    }

    /** What the journal keeps for rollback, the same as a change run on its own would. */
    private Map<String, Object> result(Item i, Result r, List<CredentialsHandout.Row> rows) {
        Change c = i.change();
        switch (c.kind()) {
            case CREATE_USER -> {
                userIds.put(key(c.param("upn")), r.userId());
                rows.add(handoutRow(i));
                return Maps.of("userId", r.userId(), "created", true);
            }
            case ASSIGN_LICENSE -> {
                String id = userIds.getOrDefault(key(c.param("upn")), c.param("upn"));
                return Maps.of("userId", id, "skuId", c.param("skuId"));
            }
            default -> {
                return membership(c);
            }
        }
    }

    private static CredentialsHandout.Row handoutRow(Item i) {
        return ChangeExecutor.handoutRow(i.change(), i.password());
    }

    private Map<String, Object> createdUnanswered(Item i, List<CredentialsHandout.Row> rows) {
        Change c = i.change();
        Map<String, Object> found = existing(c);
        rows.add(handoutRow(i));
        return Maps.of("userId", found.get("userId"), "created", true, "note",
                "created by an earlier try whose answer was lost");
    }

    private Map<String, Object> membership(Change c) {
        return Maps.of("groupId", groupId(c.param("group")), "userId", userIds.get(key(c.param("upn"))));
    }

    /** Each group is looked up once per run; the segment groups were created before the memberships. */
    private String groupId(String name) {
        try {
            // A segment group made earlier in this run may not be readable yet (replication): wait for it.
            return groupIds.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> options.backoff().untilPresent(
                    () -> ports.directory().findGroupByName(name)).map(DirectoryGroup::id)).orElse(null);
        } catch (PortException e) {
            groupErrors.put(name.toLowerCase(Locale.ROOT), e.getMessage());
            return null;
        }
    }

    private Map<String, Object> existing(Change c) {
        Optional<DirectoryUser> found = ports.directory().findUser(c.param("upn"));
        found.ifPresent(u -> userIds.put(key(c.param("upn")), u.id()));
        if (found.isPresent()) {
            Optional<Map<String, Object>> claimed = recovery.claim(c, found.get(), ports);
            if (claimed.isPresent()) {
                return claimed.get();
            }
        }
        return Maps.of("userId", found.map(DirectoryUser::id).orElse(null), "created", false, "note",
                "existed already; its password is not in this handout");
    }

    private void journal(List<Item> items, JournalEntry.Status status) {
        options.journal().appendAll(items.stream().map(i -> Applier.entry(plan, run, i.change(), status, null, null))
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
