package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.handover.Runbooks;
import com.tenantbridge.service.plan.OutputFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "runbook", mixinStandardHelpOptions = true,
        description = "Write the PowerShell runbook for one tenant of the plan: the Teams and information-barrier"
                + " settings Microsoft Graph cannot set. Without --tenant it holds the whole desired state; with one,"
                + " only what the tenant lacks.")
final class RunbookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @Option(names = "--out", required = true, paramLabel = "FILE.ps1", description = "Where to write the runbook.")
    Path out;

    @Option(names = "--for", paramLabel = "DOMAIN", description = "The tenant the runbook is for (default: the host).")
    String tenant;

    RunbookCommand() {
        // Unlike the other commands, a runbook needs no tenant by default.
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        DeploymentPlan plan = args.load(spec.commandLine().getErr());
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> clash = new OutputFiles().input("the plan", args.plan, OutputFiles.Kind.PLAN)
                .output("the runbook (--out)", out, OutputFiles.Kind.RUNBOOK).clash();
        if (clash.isPresent()) {
            spec.commandLine().getErr().println(clash.get() + " Nothing was written.");
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        String target = tenant == null ? plan.hostTenant().domain() : tenant;
        if (Checker.tenants(plan).stream().noneMatch(t -> t.equalsIgnoreCase(target))) {
            throw new ParameterException(spec.commandLine(), target + " is not a tenant of the plan ("
                    + String.join(", ", Checker.tenants(plan)) + ")");
        }
        List<String> tenants = spec.commandLine().getParseResult().hasMatchedOption("--tenant") ? args.tenants
                : List.of();
        try (EngineSession session = EngineSession.open(spec, tenants, plan, spec.commandLine().getErr())) {
            PlanResult result = new Planner().plan(plan, session.connections());
            List<Change> changes = new ArrayList<>(result.changes());
            result.offline().values().forEach(changes::addAll);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, Runbooks.forTenant(target, plan.displayName(), changes), StandardCharsets.UTF_8);
            stdout.println("Wrote the runbook for " + target + " to " + out);
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
