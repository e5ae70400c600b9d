package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.check.Verifier;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Read the tenants again and compare them with the plan.%nExit 0 when everything matches, 1 when"
                + " something does not, 2 on bad input.")
final class VerifyCommand implements Callable<Integer> {

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
            Verifier.Result result = new Verifier().verify(plan, session.connections());
            if (args.json) {
                Output.json(out, Map.of("passed", result.passed(), "items", result.items()));
            } else {
                Output.checks(out, result.items());
                out.println(result.passed() ? "Verified: the tenants match the plan." : "Not verified.");
                out.flush();
            }
            return result.passed() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
