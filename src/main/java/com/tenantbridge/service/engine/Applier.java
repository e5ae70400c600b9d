package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Applying;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeRecord;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.credentials.HandoutWriteException;
import com.tenantbridge.service.credentials.OneTimePasswords;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import com.tenantbridge.service.port.UnreachableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Runs the planned changes in order, one at a time, writing each to the journal before and after it runs.
 * A change whose prerequisite failed is skipped; Cancel stops before the next change. Applying again after
 * a stop is safe: the plan is made again from what the tenant holds, and every action checks first.
 * Call off the FX thread.
 */
public final class Applier {

    /** What a run needs besides the plan and the tenants. */
    public record Options(Journal journal, CredentialsHandout handout, BooleanSupplier cancelled, Backoff backoff,
            ApplyListener listener, BulkSettings bulk) {

        public Options(Journal journal, CredentialsHandout handout, BooleanSupplier cancelled, Backoff backoff,
                ApplyListener listener) {
            this(journal, handout, cancelled, backoff, listener, BulkSettings.defaults());
        }

        public Options withBulk(BulkSettings value) {
            return new Options(journal, handout, cancelled, backoff, listener, value);
        }
    }

    /** The report command rebuilds a run's report from its journal; the plan it ran comes from here. */
    private static void keepPlanBesideJournal(DeploymentPlan plan, java.nio.file.Path journal) {
        if (journal == null) {
            return;
        }
        try {
            com.tenantbridge.service.plan.PlanFiles.save(com.tenantbridge.service.plan.PlanFiles.besideJournal(journal),
                    plan);
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Applier.class).warn("Could not keep the plan beside {}: {}", journal,
                    e.getMessage());
        }
    }

    public ApplyResult apply(DeploymentPlan plan, PlanResult planned, TenantConnections connections, Options options) {
        if (plan.planId() == null) {
            throw new IllegalArgumentException("the plan has no planId: its runs could not be found again");
        }
        String run = UUID.randomUUID().toString();
        keepPlanBesideJournal(plan, options.journal().file());
        InterruptedRun interrupted = interrupted(options.journal());
        options.journal().append(JournalEntry.runStart(Instant.now().toString(), run, plan.displayName(),
                plan.planId(), "apply", com.tenantbridge.service.ToolVersion.get(),
                RunIdentity.tenantIds(tenants(plan, planned), connections),
                options.handout() == null ? null : options.handout().file().toAbsolutePath().toString()));
        OneTimePasswords passwords = new OneTimePasswords();
        AccountRecovery recovery = new AccountRecovery(interrupted, options.handout(), passwords);
        Applying applying = new Applying(plan, run, options.backoff(), options.handout(), passwords, recovery);
        List<ChangeOutcome> outcomes = new ArrayList<>();
        try {
            List<String> found = new ResumeClosing(interrupted, applying).close(plan.displayName(), run, planned,
                    connections, options.journal());
            return applyAll(plan, run, planned, connections, options, applying, recovery, outcomes)
                    .withNotes(found);
        } catch (HandoutWriteException e) {
            return new ApplyResult(outcomes, options.journal().file(), e.getMessage() + ". The run stopped: the"
                    + " accounts created so far are kept, and a resume gives any without a password in the handout a"
                    + " new one.");
        }
    }

    /** The tenants a run acts on: the host and every tenant a change is for. */
    private static java.util.Set<String> tenants(DeploymentPlan plan, PlanResult planned) {
        java.util.Set<String> domains = new java.util.LinkedHashSet<>();
        if (plan.hostTenant() != null && plan.hostTenant().domain() != null) {
            domains.add(plan.hostTenant().domain());
        }
        planned.changes().forEach(c -> domains.add(c.tenant()));
        return domains;
    }

    private static InterruptedRun interrupted(Journal journal) {
        try {
            return InterruptedRun.of(Journal.verify(journal.file()), Instant.now());
        } catch (java.io.IOException e) {
            return InterruptedRun.none();
        }
    }

    private ApplyResult applyAll(DeploymentPlan plan, String run, PlanResult planned, TenantConnections connections,
            Options options, Applying applying, AccountRecovery recovery, List<ChangeOutcome> outcomes) {
        Map<String, ChangeOutcome.Status> statusById = new HashMap<>();
        List<Change> changes = planned.changes();
        List<Change> unconfirmed = NarrowingConfirmations.unconfirmed(plan, planned);
        if (!planned.blockers().isEmpty() || !unconfirmed.isEmpty()) {
            String why = planned.blockers().isEmpty() ? NarrowingConfirmations.refusal(unconfirmed)
                    : "not started: " + String.join(" ", planned.blockers());
            for (Change change : changes) {
                options.journal().append(entry(plan, run, change, JournalEntry.Status.SKIPPED, null, why));
                outcomes.add(new ChangeOutcome(change, ChangeOutcome.Status.SKIPPED, why, null));
            }
            return new ApplyResult(outcomes, options.journal().file());
        }
        int total = changes.size();
        TenantPorts bulkPorts = bulkPorts(plan, changes, connections, options.bulk());
        // Account ids learnt by one bulk stretch save the next (memberships of accounts it created) reading them.
        Map<String, String> accountIds = new java.util.concurrent.ConcurrentHashMap<>();
        List<Change> pending = new ArrayList<>();
        java.util.Set<String> pendingIds = new java.util.HashSet<>();
        int done = 0;
        for (Change change : changes) {
            if (bulkPorts != null && BulkOnboarding.bulkable(change) && change.tenant().equalsIgnoreCase(
                    bulkPorts.domain())) {
                pending.add(change);
                pendingIds.add(change.id());
                continue;
            }
            if (change.dependsOn().stream().anyMatch(pendingIds::contains)) {
                done += flush(plan, run, pending, bulkPorts, options, statusById, outcomes, done, total, recovery,
                        accountIds);
                pendingIds.clear();
            }
            options.listener().started(change, done, total);
            ChangeOutcome outcome = run(plan, run, change, connections, options, applying, statusById);
            statusById.put(change.id(), outcome.status());
            outcomes.add(outcome);
            options.listener().finished(outcome, done, total);
            done++;
        }
        flush(plan, run, pending, bulkPorts, options, statusById, outcomes, done, total, recovery, accountIds);
        for (List<Change> offline : planned.offline().values()) {
            for (Change change : offline) {
                outcomes.add(new ChangeOutcome(change, ChangeOutcome.Status.RUNBOOK,
                        change.tenant() + " is not reachable from this run: see its runbook and plan file", null));
                options.journal().append(entry(plan, run, change, JournalEntry.Status.RUNBOOK, null, null));
            }
        }
        return new ApplyResult(outcomes, options.journal().file());
    }

    /** The host tenant's ports when enough account changes for it can go in JSON batches; else null. */
    private static TenantPorts bulkPorts(DeploymentPlan plan, List<Change> changes, TenantConnections connections,
            BulkSettings settings) {
        if (plan.hostTenant() == null || plan.hostTenant().domain() == null) {
            return null;
        }
        String host = plan.hostTenant().domain();
        long count = changes.stream().filter(c -> BulkOnboarding.bulkable(c) && c.tenant().equalsIgnoreCase(host))
                .count();
        if (count < settings.threshold()) {
            return null;
        }
        return connections.ports(host).filter(p -> p.bulk() != null).orElse(null);
    }

    private static int flush(DeploymentPlan plan, String run, List<Change> pending, TenantPorts ports, Options options,
            Map<String, ChangeOutcome.Status> statusById, List<ChangeOutcome> outcomes, int done, int total,
            AccountRecovery recovery, Map<String, String> accountIds) {
        if (pending.isEmpty()) {
            return 0;
        }
        List<ChangeOutcome> bulk = new BulkOnboarding(plan, run, ports, options, options.bulk(), done,
                total, recovery, accountIds).run(List.copyOf(pending), statusById);
        for (ChangeOutcome o : bulk) {
            statusById.put(o.change().id(), o.status());
            outcomes.add(o);
        }
        int n = pending.size();
        pending.clear();
        return n;
    }

    private ChangeOutcome run(DeploymentPlan plan, String run, Change change, TenantConnections connections,
            Options options, Applying applying, Map<String, ChangeOutcome.Status> statusById) {
        if (options.cancelled().getAsBoolean()) {
            options.journal().append(entry(plan, run, change, JournalEntry.Status.SKIPPED, null, "cancelled"));
            return new ChangeOutcome(change, ChangeOutcome.Status.CANCELLED, "cancelled before it started", null);
        }
        for (String dep : change.dependsOn()) {
            ChangeOutcome.Status s = statusById.get(dep);
            if (s != null && s != ChangeOutcome.Status.DONE) {
                String why = "not run: " + dep + " " + s.name().toLowerCase(java.util.Locale.ROOT);
                options.journal().append(entry(plan, run, change, JournalEntry.Status.SKIPPED, null, why));
                return new ChangeOutcome(change, ChangeOutcome.Status.SKIPPED, why, null);
            }
        }
        Optional<TenantPorts> ports = connections.ports(change.tenant());
        if (ports.isEmpty()) {
            options.journal().append(entry(plan, run, change, JournalEntry.Status.RUNBOOK, null, null));
            return new ChangeOutcome(change, ChangeOutcome.Status.RUNBOOK, change.tenant() + " is not connected", null);
        }
        options.journal().append(entry(plan, run, change, JournalEntry.Status.STARTED, null, null));
        try {
            ChangeRecord result = options.backoff().onNoAnswer(() -> change.kind().handler().apply(change, applying,
                    ports.get()));
            options.journal().append(entry(plan, run, change, JournalEntry.Status.DONE, result, null));
            // What the kind has to say of it (an account there already, claimed or not) goes with the outcome.
            return new ChangeOutcome(change, ChangeOutcome.Status.DONE, result == null ? null : result.note(), result);
        } catch (UnreachableException e) {
            options.journal().append(entry(plan, run, change, JournalEntry.Status.RUNBOOK, null, e.getMessage()));
            return new ChangeOutcome(change, ChangeOutcome.Status.RUNBOOK, e.getMessage(), null);
        } catch (Backoff.CancelledException e) {
            options.journal().append(entry(plan, run, change, JournalEntry.Status.FAILED, null,
                    "cancelled while waiting"));
            return new ChangeOutcome(change, ChangeOutcome.Status.CANCELLED, "cancelled while waiting", null);
        } catch (HandoutWriteException e) {
            // Left STARTED: the account may exist without its password; a resume finds it and hands one out.
            throw e;
        } catch (PortException | IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            options.journal().append(entry(plan, run, change, JournalEntry.Status.FAILED, null, message));
            return new ChangeOutcome(change, ChangeOutcome.Status.FAILED, message, null);
        }
    }

    static JournalEntry entry(DeploymentPlan plan, String run, Change c, JournalEntry.Status status,
            ChangeRecord result, String error) {
        return new JournalEntry(Instant.now().toString(), run, plan.displayName(), c.id(), c.tenant(), c.kind().name(),
                status, c.summary(), c.before(), c.after(), c.params(), result, error);
    }
}
