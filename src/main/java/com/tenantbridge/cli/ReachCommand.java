package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Matrix;
import com.tenantbridge.domain.reach.SegmentMatrix;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.reach.ReachTable;
import com.tenantbridge.service.reach.ReachWorlds;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reach", mixinStandardHelpOptions = true,
        description = "Who can reach whom under the plan: for every pair of people (and by information-barrier"
                + " segment), whether they can search, chat, call, invite to a meeting and share a screen, and which"
                + " setting or policy decides it. With --tenant, also before the plan, from the tenants' current"
                + " state. Nothing is changed.")
final class ReachCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--csv", description = "One line per pair and channel, as CSV.")
        boolean csv;
    }

    ReachCommand() {
        // Like runbook: without --tenant the matrix comes from the plan alone.
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DeploymentPlan plan = args.load(spec.commandLine().getErr());
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        if (format.csv && args.json) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose --csv or --json, not both");
        }
        World after = Worlds.desired(plan);
        World before = null;
        if (spec.commandLine().getParseResult().hasMatchedOption("--tenant")) {
            try (EngineSession session = EngineSession.open(spec, args.tenants, plan, spec.commandLine().getErr())) {
                PlanResult planned = new Planner().plan(plan, session.connections());
                ReachWorlds.BeforeAfter both = ReachWorlds.of(plan, planned, session.connections());
                before = both.before();
                after = both.after();
            }
        }
        Matrix afterMatrix = Matrix.of(after);
        Matrix beforeMatrix = before == null ? null : Matrix.of(before);
        List<ReachTable.Line> lines = ReachTable.lines(afterMatrix, beforeMatrix);
        SegmentMatrix segments = SegmentMatrix.of(after, Worlds.segments(plan));
        if (format.csv) {
            out.print(ReachTable.csv(lines));
        } else if (args.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("parties", afterMatrix.parties());
            json.put("lines", lines);
            if (!segments.segments().isEmpty()) {
                json.put("segments", segments);
            }
            Output.json(out, json);
        } else {
            text(out, afterMatrix, lines, segments, beforeMatrix != null);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, Matrix m, List<ReachTable.Line> lines, SegmentMatrix segments,
            boolean withBefore) {
        int perPair = com.tenantbridge.domain.reach.Channel.values().length;
        for (ReachTable.Pair pair : ReachTable.pairs(lines)) {
            out.println(pair.from() + " \u2192 " + pair.to());
            pair.parts().forEach(part -> out.println("    " + part));
        }
        if (!segments.segments().isEmpty()) {
            out.println();
            out.println("By segment (every channel alike):");
            for (String from : segments.segments()) {
                List<String> reach = new ArrayList<>();
                for (String to : segments.segments()) {
                    if (!from.equals(to) && segments.cell(from, to).verdict().works()) {
                        reach.add(to);
                    }
                }
                out.println("    " + from + " reaches " + (reach.isEmpty() ? "only itself" : "itself and "
                        + String.join(", ", reach)));
            }
        }
        long changed = lines.stream().filter(ReachTable.Line::changed).count();
        out.println();
        out.println(m.parties().size() + " parties, " + lines.size() / perPair + " pairs"
                + (withBefore ? "; the plan changes " + changed + " channel" + (changed == 1 ? "" : "s") + "."
                        : "; run with --tenant to compare with the tenants as they are."));
    }
}
