package com.tenantbridge.cli;

import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.app.AppPermissions;
import com.tenantbridge.service.app.AppRegistration;
import com.tenantbridge.service.port.AppRegistrationService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "register-app", mixinStandardHelpOptions = true,
        description = "Register TenantBridge's own app in your tenant (Microsoft Graph, the Teams admin API and"
                + " Exchange Online permissions, each listed), so PowerShell can be handed TenantBridge's tokens;"
                + " then consent to it as an admin. Signs in with Application.ReadWrite.All. An existing"
                + " registration of the same name is only shown.%nExit 0 when registered or found, 1 when refused,"
                + " 2 on bad input, 3 when the tenant cannot be reached.")
final class RegisterAppCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tenant", paramLabel = "TENANT", required = true, description = "Your Microsoft 365 tenant's"
            + " domain or id (or demo@http://127.0.0.1:PORT with --for).")
    String tenant;

    @Option(names = "--for", paramLabel = "DOMAIN", description = "With the demo tenant: which of its tenants.")
    String domain;

    private static final int MAX_NAME = 256;

    @Option(names = "--name", paramLabel = "NAME", description = "The registration's name (default: TenantBridge).")
    String name = "TenantBridge";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String where = domain != null ? domain : tenant;
        String wrong = nameProblem(name);
        if (wrong != null) {
            err.println("--name: " + wrong + ". Nothing was registered.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (tenant.startsWith("demo") && domain == null) {
            err.println("With the demo tenant, say which of its tenants: --for DOMAIN.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        RequiredAccess access = new RequiredAccess(null, AppPermissions.TO_REGISTER, false, false,
                List.of("Application Administrator or Cloud Application Administrator"));
        try (EngineSession session = EngineSession.open(spec, new ArrayList<>(List.of(tenant)), access, err)) {
            Optional<AppRegistrationService> apps = session.connections().appRegistrations(where);
            if (apps.isEmpty()) {
                err.println("Not signed in to " + where + ". Nothing was registered.");
                err.flush();
                return ExitCodes.UNREACHABLE;
            }
            AppRegistration.Result r = AppRegistration.register(apps.get(), where, name);
            out.println((r.created() ? "Registered \u201c" : "Already registered: \u201c") + r.app().displayName()
                    + "\u201d, application (client) id " + r.app().appId() + (r.created() ? "." : " (nothing was"
                    + " changed)."));
            out.println("It asks for these delegated permissions:");
            for (Map.Entry<String, List<String>> e : r.permissions().entrySet()) {
                out.println("  " + AppPermissions.name(e.getKey()) + ": " + String.join(", ", e.getValue()));
            }
            out.println("Next:");
            out.println("  1. As a Global Administrator (or Privileged Role Administrator), consent for the"
                    + " organisation: " + r.consentUrl());
            out.println("  2. Use it: set TENANTBRIDGE_CLIENT_ID=" + r.app().appId() + " (or start with"
                    + " -Dtenantbridge.clientId=" + r.app().appId() + "); PowerShell is then handed TenantBridge's"
                    + " tokens instead of signing in itself.");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * What Graph would refuse of the name, said before signing in: an application's displayName is required and
     * "Maximum length is 256 characters" (https://learn.microsoft.com/graph/api/resources/application).
     */
    static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "give the registration a name";
        }
        if (name.length() > MAX_NAME) {
            return "the name is " + name.length() + " characters; an application's name is at most " + MAX_NAME;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "the name holds a control character";
        }
        return null;
    }
}
