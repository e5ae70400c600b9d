package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.InvitationResend;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "resend-invitation", mixinStandardHelpOptions = true,
        description = "Send a guest's invitation again, with the plan's message (Microsoft Graph invitations): the"
                + " guest and their team membership stay as they are.%nExit 0 when sent, 2 when the plan has no such"
                + " guest.")
final class ResendInvitationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @Option(names = "--guest", required = true, paramLabel = "EMAIL", description = "The guest's email address, as"
            + " in the plan.")
    String guest;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeploymentPlan plan = args.load(err);
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        try (EngineSession session = EngineSession.open(spec, args.tenants, plan, err)) {
            List<String> from;
            try {
                from = InvitationResend.resend(plan, session.connections(), guest);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage() + ". Nothing was sent.");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            out.println("Sent " + guest + "'s invitation again from " + String.join(", ", from) + ".");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
