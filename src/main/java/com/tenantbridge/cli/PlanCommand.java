package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.plan.HandoverNames;
import com.tenantbridge.service.plan.OutputFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "List the changes the plan needs, in order, each with what the tenant has now and what it will"
                + " have. Nothing is changed.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @Option(names = "--handover", paramLabel = "DIR", description = "Write a runbook and a plan file for each tenant"
            + " this run cannot reach, for that tenant's admin.")
    Path handover;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DeploymentPlan plan = args.load(spec.commandLine().getErr());
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        java.util.Optional<String> clash = new OutputFiles().input("the plan", args.plan, OutputFiles.Kind.PLAN)
                .folder("the handover folder (--handover)", handover, HandoverNames.all(plan)).clash();
        if (clash.isPresent()) {
            spec.commandLine().getErr().println(clash.get() + " Nothing was written.");
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        try (EngineSession session = EngineSession.open(spec, args.tenants, plan, spec.commandLine().getErr())) {
            session.signInOrganizer(plan, args.organizerSignIn, spec.commandLine().getErr());
            PlanResult result = new Planner().plan(plan, session.connections());
            if (args.json) {
                Output.json(out, Output.planJson(result));
            } else {
                Output.plan(out, result);
            }
            if (handover != null) {
                Handover.write(handover, plan, result, out);
            }
            return result.unreachable().isEmpty() ? ExitCodes.OK : ExitCodes.UNREACHABLE;
        }
    }
}
