package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Checker;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the plan's prerequisites against the tenants: each check with its evidence and fix."
                + "%nExit 0 when nothing fails, 1 when a check fails, 2 on bad input.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DeploymentPlan plan = args.load(spec.commandLine().getErr());
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        try (EngineSession session = EngineSession.open(spec, args.tenants, plan, spec.commandLine().getErr())) {
            session.signInOrganizer(plan, args.organizerSignIn, spec.commandLine().getErr());
            List<CheckResult> checks = new Checker(com.tenantbridge.service.Clocks.systemUtc()).check(plan,
                    session.connections());
            if (args.json) {
                Output.json(out, Map.of("checks", checks));
            } else {
                Output.checks(out, checks);
                long failed = checks.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
                out.println(failed == 0 ? "No check failed." : failed + " check" + (failed == 1 ? ""
                        : "s") + " failed.");
                out.flush();
            }
            return checks.stream().anyMatch(c -> c.status() == CheckStatus.FAIL) ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
