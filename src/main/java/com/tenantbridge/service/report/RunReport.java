package com.tenantbridge.service.report;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.scenario.Baseline;
import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import com.tenantbridge.domain.scenario.ScenarioFacts;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.Rollback;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The report an admin hands on after a run, as Markdown: where it ran, what the plan sets up, what was done,
 * what verification found, accepted baseline deviations, and the limits and next steps people need. Never
 * holds a secret: one-time passwords live only in the credentials handout.
 */
public final class RunReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /** Everything the report is made from; {@code run}, {@code verification} and {@code rollback} may be null. */
    public record Input(DeploymentPlan plan, String where, ZonedDateTime at, ApplyResult run,
            List<CheckResult> verification, List<Rollback.Outcome> rollback,
            com.tenantbridge.service.reach.ReachWorlds.BeforeAfter reach) {
    }

    private RunReport() {
    }

    public static String markdown(Input in) {
        DeploymentPlan plan = in.plan();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(plan.displayName())).append("\n\n");
        md.append("TenantBridge report, ").append(WHEN.format(in.at())).append(". Tenants: ")
                .append(escape(in.where())).append(".\n");
        if (plan.scenario() != null) {
            md.append("Scenario: ").append(plan.scenario().letter()).append(". ").append(plan.scenario().title())
                    .append(".\n");
        }
        md.append("\n## What the plan sets up\n\n");
        for (PlanSummary.Section s : PlanSummary.of(plan)) {
            md.append("**").append(escape(s.title())).append("**\n\n");
            s.lines().forEach(l -> md.append("- ").append(escape(l)).append('\n'));
            md.append('\n');
        }
        md.append("## What was done\n\n");
        if (in.run() == null) {
            md.append("Nothing was applied in this session.\n\n");
        } else {
            for (ChangeOutcome o : in.run().outcomes()) {
                md.append("- ").append(status(o.status())).append(": ").append(escape(o.change().summary()));
                if (o.message() != null) {
                    md.append(" \u2014 ").append(escape(o.message()));
                }
                md.append('\n');
            }
            if (in.run().journal() != null) {
                md.append("\nJournal: `").append(in.run().journal()).append("`\n");
            }
            md.append('\n');
        }
        if (in.rollback() != null && !in.rollback().isEmpty()) {
            md.append("## Rolled back\n\n");
            for (Rollback.Outcome o : in.rollback()) {
                md.append("- ").append(o.undone() ? "Undone" : "Could not undo").append(": ")
                        .append(escape(o.entry().summary()));
                if (o.message() != null) {
                    md.append(" \u2014 ").append(escape(o.message()));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("## Verification\n\n");
        if (in.verification() == null || in.verification().isEmpty()) {
            md.append("Not verified.\n\n");
        } else {
            for (CheckResult c : in.verification()) {
                md.append("- ").append(c.status()).append(" \u2014 ").append(escape(c.title()));
                if (c.evidence() != null) {
                    md.append(": ").append(escape(c.evidence()));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("## What people can now do\n\n");
        PeopleCanDo.lines(in.verification() == null || in.verification().isEmpty() ? null : in.verification())
                .forEach(l -> md.append("- ").append(escape(l)).append('\n'));
        md.append('\n');
        if (in.reach() != null) {
            var after = com.tenantbridge.domain.reach.Matrix.of(in.reach().after());
            var lines = com.tenantbridge.service.reach.ReachTable.lines(after,
                    com.tenantbridge.domain.reach.Matrix.of(in.reach().before()));
            md.append("## Who can reach whom\n\n");
            md.append("Once the plan is applied; \"was\" marks what it changes.\n\n");
            for (var pair : com.tenantbridge.service.reach.ReachTable.pairs(lines)) {
                md.append("- **").append(escape(pair.from())).append(" \u2192 ").append(escape(pair.to()))
                        .append("**: ").append(escape(String.join("; ", pair.parts()))).append('\n');
            }
            md.append('\n');
        }
        if (!plan.acceptedDeviations().isEmpty()) {
            md.append("## Accepted deviations\n\n");
            for (String id : plan.acceptedDeviations()) {
                md.append("- ").append(Baseline.byId(id).map(Baseline::label).orElse(id)).append('\n');
            }
            md.append('\n');
        }
        if (plan.scenario() != null) {
            ScenarioFacts facts = ScenarioCatalog.facts(plan.scenario());
            facts(md, "Limits people should know", facts.limits());
            facts(md, "Next steps for technicians and experts", facts.stepsForPeople());
        }
        return md.toString();
    }

    private static void facts(StringBuilder md, String title, List<Fact> facts) {
        md.append("## ").append(title).append("\n\n");
        for (Fact f : facts) {
            md.append("- ").append(escape(f.text())).append(" *([").append(escape(f.source().citation()))
                    .append("](").append(f.source().url()).append("))*\n");
        }
        md.append('\n');
    }

    private static String status(ChangeOutcome.Status s) {
        return switch (s) {
            case DONE -> "Done";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
            case CANCELLED -> "Cancelled";
            case RUNBOOK -> "Handed to its tenant's admin";
        };
    }

    /** Plan text is the admin's own; keep it from turning into Markdown markup or HTML. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace(">", "&gt;").replace("#", "\\#").replace("[", "\\[")
                .replace("]", "\\]").replace("\n", " ");
    }
}
