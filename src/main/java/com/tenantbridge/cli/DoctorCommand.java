package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Doctor;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "A read-only first look at a tenant: the sign-in, your directory roles against what each part"
                + " of the work needs, licences and free seats, PowerShell 7 and its modules, barrier prerequisites,"
                + " and what would be handed over. It changes nothing.%nExit 0 when nothing fails, 1 when something"
                + " does, 2 on bad input.")
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tenant", paramLabel = "TENANT", description = "demo (default), demo@http://127.0.0.1:PORT, or"
            + " a Microsoft 365 tenant's domain or id (repeatable).")
    List<String> tenants = new ArrayList<>(List.of("demo"));

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan to look at the tenants for (optional:"
            + " without it, every scenario's needs are compared).")
    Path plan;

    @Option(names = "--for", paramLabel = "DOMAIN", description = "The tenant to look at (repeatable; default: the"
            + " plan's tenants, or the --tenant domains).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeploymentPlan p = null;
        if (plan != null) {
            PlanLoadResult loaded = PlanFiles.load(plan);
            if (!loaded.wellFormed()) {
                err.println(plan + " cannot be used: " + loaded.problems().get(0));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            p = loaded.plan();
        }
        List<String> look = lookAt(p);
        if (look.isEmpty()) {
            err.println("Say which tenant to look at: --for DOMAIN (or give --plan).");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<RequiredAccess> parts = p != null ? List.of(p.requiredAccess()) : everyScenario();
        RequiredAccess signIn = combined(parts);
        try (EngineSession session = EngineSession.open(spec, tenants, signIn, err)) {
            Doctor doctor = new Doctor(Cli.adapters(spec).powerShell().get());
            Map<String, List<CheckResult>> found = new LinkedHashMap<>();
            for (String domain : look) {
                found.put(domain, doctor.examine(domain, session.connections(), parts, p, signIn.graphScopes()));
            }
            List<CheckResult> all = found.values().stream().flatMap(List::stream).toList();
            if (json) {
                Output.json(out, Map.of("doctor", all));
            } else {
                Output.checks(out, all);
                long failed = all.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
                out.println((failed == 0 ? "Nothing is missing." : failed + " thing" + (failed == 1 ? " is" : "s are")
                        + " missing: see the fixes above.") + " Nothing was changed.");
                out.flush();
            }
            return all.stream().anyMatch(c -> c.status() == CheckStatus.FAIL) ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    private List<String> lookAt(DeploymentPlan p) {
        if (!domains.isEmpty()) {
            return domains;
        }
        if (p != null && p.hostTenant() != null && p.scenario() != null) {
            return com.tenantbridge.service.check.Checker.tenants(p);
        }
        return tenants.stream().filter(t -> !t.startsWith("demo")).toList();
    }

    private static List<RequiredAccess> everyScenario() {
        List<RequiredAccess> parts = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            parts.add(RequiredAccess.of(s, s == Scenario.VENDOR_ACCOUNTS, true));
        }
        return parts;
    }

    /** One sign-in for every part, plus User.Read for the admin's own roles (user-list-memberof). */
    private static RequiredAccess combined(List<RequiredAccess> parts) {
        return parts.stream().reduce(RequiredAccess::merge).orElseThrow().withScopes(List.of("User.Read"));
    }
}
