package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.credentials.CredentialsHandout;
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
            ApplyListener listener) {
    }

    public ApplyResult apply(DeploymentPlan plan, PlanResult planned, TenantConnections connections, Options options) {
        String run = UUID.randomUUID().toString();
        ChangeExecutor executor = new ChangeExecutor(plan, options.backoff(), options.handout(), new OneTimePasswords());
        Map<String, ChangeOutcome.Status> statusById = new HashMap<>();
        List<ChangeOutcome> outcomes = new ArrayList<>();
        List<Change> changes = planned.changes();
        if (!planned.blockers().isEmpty()) {
            String why = "not started: " + String.join(" ", planned.blockers());
            for (Change change : changes) {
                options.journal().append(entry(plan, run, change, JournalEntry.Status.SKIPPED, null, why));
                outcomes.add(new ChangeOutcome(change, ChangeOutcome.Status.SKIPPED, why, null));
            }
            return new ApplyResult(outcomes, options.journal().file());
        }
        int total = changes.size();
        for (int i = 0; i < total; i++) {
            Change change = changes.get(i);
            options.listener().started(change, i, total);
            ChangeOutcome outcome = run(plan, run, change, connections, options, executor, statusById);
            statusById.put(change.id(), outcome.status());
            outcomes.add(outcome);
            options.listener().finished(outcome, i, total);
        }
        for (List<Change> offline : planned.offline().values()) {
            for (Change change : offline) {
                outcomes.add(new ChangeOutcome(change, ChangeOutcome.Status.RUNBOOK,
                        change.tenant() + " is not reachable from this run: see its runbook and plan file", null));
                options.journal().append(entry(plan, run, change, JournalEntry.Status.RUNBOOK, null, null));
            }
        }
        return new ApplyResult(outcomes, options.journal().file());
    }

    private ChangeOutcome run(DeploymentPlan plan, String run, Change change, TenantConnections connections,
            Options options, ChangeExecutor executor, Map<String, ChangeOutcome.Status> statusById) {
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
            Map<String, Object> result = executor.execute(change, ports.get());
            options.journal().append(entry(plan, run, change, JournalEntry.Status.DONE, result, null));
            return new ChangeOutcome(change, ChangeOutcome.Status.DONE, null, result);
        } catch (UnreachableException e) {
            options.journal().append(entry(plan, run, change, JournalEntry.Status.RUNBOOK, null, e.getMessage()));
            return new ChangeOutcome(change, ChangeOutcome.Status.RUNBOOK, e.getMessage(), null);
        } catch (Backoff.CancelledException e) {
            options.journal().append(entry(plan, run, change, JournalEntry.Status.FAILED, null, "cancelled while waiting"));
            return new ChangeOutcome(change, ChangeOutcome.Status.CANCELLED, "cancelled while waiting", null);
        } catch (PortException | IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            options.journal().append(entry(plan, run, change, JournalEntry.Status.FAILED, null, message));
            return new ChangeOutcome(change, ChangeOutcome.Status.FAILED, message, null);
        }
    }

    static JournalEntry entry(DeploymentPlan plan, String run, Change c, JournalEntry.Status status,
            Map<String, Object> result, String error) {
        return new JournalEntry(Instant.now().toString(), run, plan.displayName(), c.id(), c.tenant(), c.kind().name(),
                status, c.summary(), c.before(), c.after(), c.params(), result, error);
    }
}
