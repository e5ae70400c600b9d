package com.tenantbridge.ui.details;

import com.tenantbridge.domain.intent.Intent;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.MeetingDates;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.plan.PlanValidator;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.SupportDates;
import com.tenantbridge.domain.plan.Topology;
import com.tenantbridge.domain.reach.Matrix;
import com.tenantbridge.domain.reach.SegmentMatrix;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.handover.Runbooks;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything Details shows of a plan besides the form itself: its problems, summary, picture, reach, and the
 * runbook of one tenant. Derived from immutable values only, so it can be computed off the FX thread while the
 * admin types (at 3,000 accounts it takes longer than a frame).
 */
record DetailsViews(DeploymentPlan plan, List<Problem> problems, List<PlanSummary.Section> summary, Topology topology,
        Matrix reach, SegmentMatrix reachBySegment, List<String> runbookTenants, String runbookTenant,
        String runbook) {

    /**
     * {@code typed}: the form's own problems (text that is not a date, a number…), which win over the validator's
     * at the same field; {@code chosenTenant}: the tenant whose runbook the admin looks at, kept if the plan has it.
     */
    static DetailsViews of(DeploymentPlan p, List<Problem> typed, ZonedDateTime now, String chosenTenant) {
        List<Problem> found = new ArrayList<>(typed);
        // What was typed wrong says so at its field ("25:00" is not a time of day), not the "required" it leads to.
        Set<String> paths = new HashSet<>();
        typed.forEach(problem -> paths.add(problem.path()));
        PlanValidator.validate(p).stream().filter(problem -> !paths.contains(problem.path())).forEach(found::add);
        if (p.scenario() == Scenario.ANONYMOUS_JOIN && !paths.contains("anonymousJoin.meeting.start")) {
            MeetingDates.inThePast(p, now).ifPresent(found::add);
        }
        if (!paths.contains("technicianApp")) {
            found.addAll(SupportDates.problems(p, now.toLocalDate()));
        }
        boolean wellFormed = found.stream().noneMatch(Problem::isError);
        if (wellFormed) {
            // Well-formed: now whether it gives people what the scenario is for, at the field that breaks it.
            found.addAll(Intent.intentProblems(p));
        }
        var world = Worlds.desired(p);
        List<String> tenants = p.scenario() == null || found.stream().anyMatch(Problem::isError) ? List.of()
                : Checker.tenants(p);
        String tenant = chosenTenant != null && tenants.contains(chosenTenant) ? chosenTenant
                : tenants.isEmpty() ? null : tenants.get(tenants.size() > 1 ? 1 : 0);
        return new DetailsViews(p, List.copyOf(found), PlanSummary.of(p), Topology.of(p),
                Matrix.of(world), SegmentMatrix.of(world, Worlds.segments(p)), tenants, tenant, runbookFor(p, tenant));
    }

    boolean valid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** What the tenant's admin would run for the whole desired state, computed without reaching any tenant. */
    static String runbookFor(DeploymentPlan p, String tenant) {
        if (tenant == null || p.scenario() == null) {
            return "";
        }
        try {
            PlanResult result = new Planner().plan(p, TenantConnections.none());
            List<Change> changes = new ArrayList<>(result.changes());
            result.offline().values().forEach(changes::addAll);
            return Runbooks.forTenant(tenant, p.displayName(), changes);
        } catch (RuntimeException e) {
            return "# The runbook cannot be made yet: " + e.getMessage();
        }
    }
}
