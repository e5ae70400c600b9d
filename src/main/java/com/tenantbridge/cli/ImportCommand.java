package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExistingAccounts;
import com.tenantbridge.service.plan.OutputFiles;
import com.tenantbridge.service.plan.PlanFiles;
import com.tenantbridge.service.plan.VendorCsv;
import com.tenantbridge.service.port.TenantPorts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add vendor accounts from a CSV file (see assets/examples/vendor-accounts-template.csv) to a"
                + " vendor-accounts plan. Every problem names its row and column; a file with any error adds"
                + " nothing. Accounts the host tenant has already are reported as warnings.%n"
                + "Exit 0 when the file is usable, 2 when it is not.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanArgs args;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The accounts (CSV, header row"
            + " first).")
    Path csv;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan with the accounts added here"
            + " (without it, only the report).")
    Path out;

    @Option(names = "--offline", description = "Do not look the accounts up in the host tenant.")
    boolean offline;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeploymentPlan plan = args.load(err);
        if (plan == null) {
            return ExitCodes.BAD_INPUT;
        }
        if (plan.scenario() != Scenario.VENDOR_ACCOUNTS || plan.vendors() == null) {
            err.println(args.plan + ": vendor accounts are imported into a vendorAccounts plan; this one is "
                    + plan.scenario().jsonName());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        // --out may be --plan itself: the same plan, with the accounts added.
        Optional<String> clash = new OutputFiles().input("the plan", args.plan, OutputFiles.Kind.PLAN)
                .input("the accounts CSV", csv, OutputFiles.Kind.NEW)
                .output("the plan with the accounts (--out)", out, OutputFiles.Kind.PLAN).clash();
        if (clash.isPresent()) {
            err.println(clash.get() + " Nothing was written.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        VendorCsv.Result read = VendorCsv.read(csv, plan);
        List<Problem> problems = new ArrayList<>(read.problems());
        if (read.ok() && !offline) {
            try (EngineSession session = EngineSession.open(spec, args.tenants, plan, err)) {
                Optional<TenantPorts> host = session.connections().ports(plan.hostTenant().domain());
                host.ifPresent(p -> problems.addAll(ExistingAccounts.find(read.accounts(), p.directory(),
                        plan.hostTenant().domain())));
            }
        }
        if (read.ok() && out != null) {
            List<VendorAccount> all = new ArrayList<>(plan.vendors().accounts());
            all.addAll(read.accounts());
            PlanFiles.save(out, plan.withVendors(new VendorPlan(plan.vendors().licence(), all,
                    plan.vendors().informationBarriers())));
        }
        if (args.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", csv.toString());
            body.put("usable", read.ok());
            body.put("accounts", read.accounts().size());
            body.put("written", read.ok() && out != null ? out.toString() : null);
            body.put("problems", problems);
            Output.json(stdout, body);
            return read.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
        for (Problem p : problems) {
            stdout.printf("%-7s %s%n", p.isError() ? "error" : "warning", p);
        }
        if (!read.ok()) {
            stdout.println(csv + ": nothing imported; fix the rows above and run again.");
        } else {
            stdout.println(csv + ": " + read.accounts().size() + " account" + (read.accounts().size() == 1 ? "" : "s")
                    + (out == null ? " can be imported (add --out FILE to write the plan)." : " added; plan written to "
                    + out + "."));
        }
        stdout.flush();
        return read.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
