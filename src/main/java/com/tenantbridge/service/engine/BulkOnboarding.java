package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Device;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Onboards many accounts fast: service accounts and their licences go out twenty requests to a JSON batch
 * (each licence depending on its account's creation in the same batch), then the segment-group memberships,
 * with a bounded number of batches in flight and, when a pacer is given, the tenant's write quota kept.
 * Throttled requests inside a batch are sent again after their own Retry-After, and 404s right after a
 * create (replication) again after a growing pause. Every change is journalled before and after, a batch at
 * a time, and Cancel stops sending new batches; what ran stays done, so a resume re-plans and skips it.
 */
final class BulkOnboarding {

    private static final long FIRST_PAUSE_MS = 500;
    private static final long MAX_PAUSE_MS = 16_000;
    private static final long GIVE_UP_MS = 120_000;

    private final DeploymentPlan plan;
    private final String run;
    private final TenantPorts ports;
    private final Applier.Options options;
    private final BulkSettings settings;
    private final OneTimePasswords passwords = new OneTimePasswords();
    private final Map<String, ChangeOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> userIds = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> groupIds = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final int total;
    private final int offset;
    private final int grandTotal;
    /** Until when every sender holds off, after the service asked for it (epoch millis). */
    private volatile long quietUntil;

    BulkOnboarding(DeploymentPlan plan, String run, TenantPorts ports, Applier.Options options, BulkSettings settings,
            int total, int offset, int grandTotal) {
        this.plan = plan;
        this.run = run;
        this.ports = ports;
        this.options = options;
        this.settings = settings;
        this.total = total;
        this.offset = offset;
        this.grandTotal = grandTotal;
    }

    static boolean bulkable(Change c) {
        return c.kind() == ChangeKind.CREATE_USER || c.kind() == ChangeKind.ASSIGN_LICENSE
                || c.kind() == ChangeKind.ADD_GROUP_MEMBER;
    }

    /** A request waiting to go: the changes it carries, and when it may be sent again. */
    private record Work(List<Item> items, long notBefore, int attempt, long firstTry) {
    }

    /** One change as one step; {@code password} only for an account to create. */
    private record Item(Change change, String stepId, List<String> dependsOn, String password) {
    }

    /** Runs the changes; returns an outcome for each, in the order given. */
    List<ChangeOutcome> run(List<Change> changes, Map<String, ChangeOutcome.Status> statusById) {
        List<Change> accounts = new ArrayList<>();
        List<Change> memberships = new ArrayList<>();
        for (Change c : changes) {
            String blocked = blockedBy(c, statusById);
            if (blocked != null) {
                settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, blocked, null)),
                        JournalEntry.Status.SKIPPED);
            } else if (c.kind() == ChangeKind.ADD_GROUP_MEMBER) {
                memberships.add(c);
            } else {
                accounts.add(c);
            }
        }
        send(accountBatches(accounts));
        send(membershipBatches(memberships));
        List<ChangeOutcome> ordered = new ArrayList<>();
        for (Change c : changes) {
            ordered.add(outcomes.get(c.id()));
        }
        return ordered;
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

    /** Each account's creation with its licences, packed whole into batches of at most twenty steps. */
    private List<Work> accountBatches(List<Change> changes) {
        Map<String, List<Change>> byUser = new LinkedHashMap<>();
        for (Change c : changes) {
            byUser.computeIfAbsent(key(c.param("upn")), k -> new ArrayList<>()).add(c);
        }
        List<Work> batches = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        for (List<Change> unit : byUser.values()) {
            List<Item> items = new ArrayList<>();
            String createStep = null;
            for (Change c : unit) {
                if (c.kind() == ChangeKind.CREATE_USER) {
                    createStep = c.id();
                    if (options.handout() == null) {
                        settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.FAILED, "no credentials handout file"
                                + " was chosen, so " + c.param("upn") + " is not created: its one-time password"
                                + " would have nowhere to go", null)), JournalEntry.Status.FAILED);
                        continue;
                    }
                    items.add(new Item(c, c.id(), List.of(), passwords.next()));
                }
            }
            for (Change c : unit) {
                if (c.kind() == ChangeKind.ASSIGN_LICENSE) {
                    boolean createFailed = createStep != null && outcomes.containsKey(createStep);
                    if (createFailed) {
                        settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, "not run: " + createStep
                                + " failed", null)), JournalEntry.Status.SKIPPED);
                        continue;
                    }
                    boolean sameBatch = createStep != null;
                    items.add(new Item(c, c.id(), sameBatch ? List.of(createStep) : List.of(), null));
                }
            }
            if (current.size() + items.size() > BulkWriteService.MAX_STEPS) {
                batches.add(new Work(current, 0, 0, 0));
                current = new ArrayList<>();
            }
            current.addAll(items);
        }
        if (!current.isEmpty()) {
            batches.add(new Work(current, 0, 0, 0));
        }
        return batches;
    }

    /** Memberships need the accounts' ids: those this run created are known, the others are looked up. */
    private List<Work> membershipBatches(List<Change> changes) {
        List<Change> ready = new ArrayList<>();
        for (Change c : changes) {
            String blocked = blockedWithin(c);
            if (blocked != null) {
                settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.SKIPPED, blocked, null)),
                        JournalEntry.Status.SKIPPED);
            } else {
                ready.add(c);
            }
        }
        resolveUserIds(ready);
        List<Work> batches = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        for (Change c : ready) {
            String group = c.param("group");
            String groupId = groupId(group);
            String userId = userIds.get(key(c.param("upn")));
            if (groupId == null || userId == null) {
                settle(List.of(new ChangeOutcome(c, ChangeOutcome.Status.FAILED, groupId == null ? "no group " + group
                        : "no account " + c.param("upn"), null)), JournalEntry.Status.FAILED);
                continue;
            }
            current.add(new Item(c, c.id(), List.of(), null));
            if (current.size() == BulkWriteService.MAX_STEPS) {
                batches.add(new Work(current, 0, 0, 0));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            batches.add(new Work(current, 0, 0, 0));
        }
        return batches;
    }

    private String blockedWithin(Change c) {
        for (String dep : c.dependsOn()) {
            ChangeOutcome o = outcomes.get(dep);
            if (o != null && o.status() != ChangeOutcome.Status.DONE) {
                return "not run: " + dep + " " + o.status().name().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private void resolveUserIds(List<Change> memberships) {
        List<String> unknown = memberships.stream().map(c -> c.param("upn")).filter(u -> !userIds.containsKey(key(u)))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            for (Map.Entry<String, DirectoryUser> e : ports.directory().findUsers(unknown).entrySet()) {
                userIds.put(key(e.getKey()), e.getValue().id());
            }
        }
    }

    /** Sends the batches with a bounded number in flight until every change in them has an outcome. */
    private void send(List<Work> batches) {
        if (batches.isEmpty()) {
            return;
        }
        LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>(batches);
        AtomicInteger open = new AtomicInteger(batches.stream().mapToInt(w -> w.items().size()).sum());
        ExecutorService pool = Executors.newFixedThreadPool(settings.batchesInFlight(), r -> {
            Thread t = new Thread(r, "tenantbridge-bulk");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < settings.batchesInFlight(); i++) {
                workers.add(pool.submit(() -> work(queue, open)));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelRest(queue);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void work(LinkedBlockingQueue<Work> queue, AtomicInteger open) {
        try {
            while (open.get() > 0) {
                Work w = queue.poll(50, TimeUnit.MILLISECONDS);
                if (w == null) {
                    continue;
                }
                if (options.cancelled().getAsBoolean()) {
                    cancel(w, open);
                    continue;
                }
                long wait = Math.max(w.notBefore(), quietUntil) - System.currentTimeMillis();
                if (wait > 0) {
                    // Not yet: put it back and let others go, or sleep a little if nothing else can.
                    queue.put(w);
                    Thread.sleep(Math.min(wait, 25));
                    continue;
                }
                if (settings.pacer() != null) {
                    settings.pacer().acquire(w.items().size());
                }
                attempt(w, queue, open);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void attempt(Work w, LinkedBlockingQueue<Work> queue, AtomicInteger open) throws InterruptedException {
        long firstTry = w.firstTry() == 0 ? System.currentTimeMillis() : w.firstTry();
        if (w.attempt() == 0) {
            journal(w.items(), JournalEntry.Status.STARTED);
            for (Item i : w.items()) {
                options.listener().started(i.change(), offset + finished.get(), grandTotal);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Item i : w.items()) {
            steps.add(new Step(i.stepId(), op(i), i.dependsOn()));
        }
        List<Result> results;
        try {
            results = ports.bulk().send(steps);
        } catch (PortException e) {
            if (e.status() == 429 || e.status() == 503 || e.status() == 504 || e.status() == 0) {
                retryLater(w.items(), queue, w.attempt(), firstTry, FIRST_PAUSE_MS << Math.min(w.attempt(), 5),
                        "the batch: " + e.getMessage(), open);
                return;
            }
            fail(w.items(), e.getMessage(), open);
            return;
        }
        Map<String, Result> byStep = new HashMap<>();
        results.forEach(r -> byStep.put(r.id(), r));
        List<ChangeOutcome> done = new ArrayList<>();
        List<ChangeOutcome> failed = new ArrayList<>();
        List<ChangeOutcome> skipped = new ArrayList<>();
        List<Item> throttled = new ArrayList<>();
        List<Item> waiting = new ArrayList<>();
        List<Item> notYet = new ArrayList<>();
        List<CredentialsHandout.Row> rows = new ArrayList<>();
        long retryAfter = 0;
        for (Item i : w.items()) {
            Result r = byStep.get(i.stepId());
            Change c = i.change();
            if (r != null && r.ok()) {
                done.add(new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, result(i, r, rows)));
            } else if (r != null && r.throttled()) {
                throttled.add(i);
                retryAfter = Math.max(retryAfter, r.retryAfterSeconds());
            } else if (r != null && r.status() == 424) {
                waiting.add(i);
            } else if (r != null && r.status() == 404 && c.kind() != ChangeKind.CREATE_USER) {
                notYet.add(withoutDependencies(i));
            } else if (r != null && c.kind() == ChangeKind.CREATE_USER && r.status() == 400 && r.message() != null
                    && r.message().contains("already exists")) {
                // Taken already: an earlier, interrupted run created it and its password is in that handout.
                done.add(new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, existing(c)));
            } else if (r != null && c.kind() == ChangeKind.ADD_GROUP_MEMBER && r.status() == 400
                    && r.message() != null && r.message().contains("already exist")) {
                done.add(new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, membership(c)));
            } else {
                failed.add(new ChangeOutcome(c, ChangeOutcome.Status.FAILED, r == null ? "no answer in the batch"
                        : r.message(), null));
            }
        }
        // A step that did not run because its account's creation was throttled goes again with it; one whose
        // account failed for good is skipped, the account's own outcome saying why.
        java.util.Set<String> again = new java.util.HashSet<>();
        throttled.forEach(i -> again.add(i.stepId()));
        notYet.forEach(i -> again.add(i.stepId()));
        for (Item i : waiting) {
            if (i.dependsOn().stream().anyMatch(again::contains)) {
                throttled.add(i);
            } else {
                skipped.add(new ChangeOutcome(i.change(), ChangeOutcome.Status.SKIPPED, "not run: "
                        + String.join(", ", i.dependsOn()) + " failed", null));
            }
        }
        throttled.forEach(i -> again.add(i.stepId()));
        throttled.replaceAll(i -> keepDependencies(i, again));
        if (options.handout() != null) {
            options.handout().addAll(rows);
        }
        settle(done, JournalEntry.Status.DONE);
        settle(failed, JournalEntry.Status.FAILED);
        settle(skipped, JournalEntry.Status.SKIPPED);
        open.addAndGet(-(done.size() + failed.size() + skipped.size()));
        if (!throttled.isEmpty()) {
            long pause = Math.max(1, retryAfter) * 1000;
            quietUntil = Math.max(quietUntil, System.currentTimeMillis() + pause);
            queue.put(new Work(throttled, System.currentTimeMillis() + pause, w.attempt() + 1, firstTry));
        }
        if (!notYet.isEmpty()) {
            retryLater(notYet, queue, w.attempt(), firstTry, Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS
                    << Math.min(w.attempt(), 6)), "not found yet (replication)", open);
        }
    }

    /** A step sent again keeps only the dependencies that are sent again with it; the others have run. */
    private static Item keepDependencies(Item i, java.util.Set<String> resent) {
        return new Item(i.change(), i.stepId(), i.dependsOn().stream().filter(resent::contains).toList(), i.password());
    }

    /** A step sent again stands alone: what it depended on has already run. */
    private static Item withoutDependencies(Item i) {
        return new Item(i.change(), i.stepId(), List.of(), i.password());
    }

    private void retryLater(List<Item> items, LinkedBlockingQueue<Work> queue, int attempt, long firstTry, long pauseMs,
            String why, AtomicInteger open) throws InterruptedException {
        if (System.currentTimeMillis() - firstTry > GIVE_UP_MS) {
            fail(items, "gave up after " + GIVE_UP_MS / 1000 + " s: " + why, open);
            return;
        }
        queue.put(new Work(items.stream().map(BulkOnboarding::withoutDependencies).toList(),
                System.currentTimeMillis() + pauseMs, attempt + 1, firstTry));
    }

    private void fail(List<Item> items, String message, AtomicInteger open) {
        settle(items.stream().map(i -> new ChangeOutcome(i.change(), ChangeOutcome.Status.FAILED, message, null))
                .toList(), JournalEntry.Status.FAILED);
        open.addAndGet(-items.size());
    }

    private void cancel(Work w, AtomicInteger open) {
        settle(w.items().stream().map(i -> new ChangeOutcome(i.change(), ChangeOutcome.Status.CANCELLED,
                "cancelled before it started", null)).toList(), JournalEntry.Status.SKIPPED);
        open.addAndGet(-w.items().size());
    }

    private void cancelRest(LinkedBlockingQueue<Work> queue) {
        List<Work> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(w -> cancel(w, new AtomicInteger(Integer.MAX_VALUE)));
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
                boolean hololens = Device.HOLOLENS.name().equals(c.param("device"));
                rows.add(new CredentialsHandout.Row(c.param("upn"), c.param("displayName"), c.param("contactEmail"),
                        i.password(), hololens ? "HoloLens: sign in once, set a device PIN, and hand out the PIN, not"
                                + " this password" : "Remote Assist: change this password at first sign-in"));
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

    private Map<String, Object> membership(Change c) {
        return Maps.of("groupId", groupId(c.param("group")), "userId", userIds.get(key(c.param("upn"))));
    }

    /** Each group is looked up once per run; the segment groups were created before the memberships. */
    private String groupId(String name) {
        return groupIds.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> ports.directory().findGroupByName(name)
                .map(DirectoryGroup::id)).orElse(null);
    }

    private Map<String, Object> existing(Change c) {
        Optional<DirectoryUser> found = ports.directory().findUser(c.param("upn"));
        found.ifPresent(u -> userIds.put(key(c.param("upn")), u.id()));
        return Maps.of("userId", found.map(DirectoryUser::id).orElse(null), "created", false, "note",
                "existed already; its password is not in this handout");
    }

    private void journal(List<Item> items, JournalEntry.Status status) {
        options.journal().appendAll(items.stream().map(i -> Applier.entry(plan, run, i.change(), status, null, null))
                .toList());
    }

    /** Records final outcomes: journal (one sync), listener, and the map the caller reads. */
    private synchronized void settle(List<ChangeOutcome> list, JournalEntry.Status status) {
        if (list.isEmpty()) {
            return;
        }
        options.journal().appendAll(list.stream().map(o -> Applier.entry(plan, run, o.change(), status, o.result(),
                o.status() == ChangeOutcome.Status.DONE ? null : o.message())).toList());
        for (ChangeOutcome o : list) {
            outcomes.put(o.change().id(), o);
            options.listener().finished(o, offset + finished.getAndIncrement(), grandTotal);
        }
    }

    private static String key(String upn) {
        return upn == null ? "" : upn.toLowerCase(Locale.ROOT);
    }

    int finishedCount() {
        return finished.get();
    }

    int total() {
        return total;
    }
}
