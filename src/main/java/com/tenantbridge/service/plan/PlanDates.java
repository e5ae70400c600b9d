package com.tenantbridge.service.plan;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.MeetingDates;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.SupportDates;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a plan's dates mean on the day it is used, the same for validate, apply and the wizard's Run: a meeting that
 * has passed is an error at its field that says how to move it, except in a shipped example, whose meeting moves to
 * the next working day at the same time (as the wizard proposes for any plan it opens) so that it never expires; a
 * technician app whose support ends is warned, then needs the deviation accepted ({@link SupportDates}).
 */
public final class PlanDates {

    /** The plan as it will be used, the problems its dates have now, and what was moved (or null). */
    public record Dated(DeploymentPlan plan, List<Problem> problems, String note) {

        public Dated {
            problems = List.copyOf(problems);
        }
    }

    private PlanDates() {
    }

    public static Dated at(DeploymentPlan plan, ZonedDateTime now) {
        if (ExamplePlans.isShipped(plan)) {
            Optional<DeploymentPlan> moved = MeetingDates.proposeIfPassed(plan, now);
            if (moved.isPresent()) {
                var m = moved.get().anonymousJoin().meeting();
                return new Dated(moved.get(), SupportDates.problems(moved.get(), now.toLocalDate()),
                        "The example's meeting had passed: it is on " + m.start()
                        .toLocalDate() + " at " + m.start().toLocalTime() + " (" + m.timeZone() + ") instead, the next"
                        + " working day at the same time, as the wizard moves it.");
            }
        }
        return new Dated(plan, problems(plan, now), null);
    }

    /** What the day says of the plan as it stands (nothing moved): a past meeting, an app whose support ended. */
    public static List<Problem> problems(DeploymentPlan plan, ZonedDateTime now) {
        List<Problem> problems = new java.util.ArrayList<>(MeetingDates.inThePast(plan, now).stream().toList());
        problems.addAll(SupportDates.problems(plan, now.toLocalDate()));
        return problems;
    }

    /**
     * A plan as read, judged on the day: the moved example, and a past meeting as one more error. For validate and
     * apply; the commands that only read a plan (check, verify, report, rollback) keep an old plan readable.
     */
    public static PlanLoadResult judged(PlanLoadResult read, Dated dated) {
        if (read.plan() == null) {
            return read;
        }
        List<Problem> problems = new java.util.ArrayList<>(read.planProblems());
        problems.addAll(dated.problems());
        return new PlanLoadResult(dated.plan(), read.readProblems(), problems);
    }

    /** The same, judged by {@code clock}'s now. */
    public static Dated at(DeploymentPlan plan, java.time.Clock clock) {
        return at(plan, ZonedDateTime.now(clock.withZone(ZoneId.of("UTC"))));
    }
}
