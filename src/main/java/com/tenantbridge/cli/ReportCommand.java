package com.tenantbridge.cli;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.service.handover.Runbooks;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.check.Verifier;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.plan.OutputFiles;
import com.tenantbridge.service.plan.PlanFiles;
import com.tenantbridge.service.report.RolloutHtml;
import com.tenantbridge.service.report.RolloutReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the rollout report of a run for the customer: HTML (one self-contained page that prints"
                + " to PDF) or JSON, by the --out file's extension. Made from the journal and the plan kept beside it;"
                + " with --tenant, the checks and the verification are run now and included.%n"
                + "Exit 0 when written, 2 on bad input.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The run's journal (JSON lines).")
    Path journal;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "report.html or report.json.")
    Path out;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan (default: the copy kept beside the"
            + " journal).")
    Path plan;

    @Option(names = "--tenant", paramLabel = "TENANT", description = "Also run the checks and the verification"
            + " against these tenants now (as for check).")
    List<String> tenants = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".json")) {
            err.println("--out: give a file ending in .html or .json, not " + out.getFileName());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (!Files.isRegularFile(journal)) {
            err.println("--journal: no such file: " + journal);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        List<JournalEntry> entries;
        try {
            entries = Journal.read(journal);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("--journal: " + journal + " is not a TenantBridge journal: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Path planFile = plan != null ? plan : PlanFiles.besideJournal(journal);
        if (!Files.isRegularFile(planFile)) {
            err.println("--plan: no plan beside the journal (" + planFile.getFileName() + "); give the plan file the"
                    + " run used with --plan");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> clash = new OutputFiles().input("the journal", journal, OutputFiles.Kind.JOURNAL)
                .input("the plan", planFile, OutputFiles.Kind.PLAN).output("the report (--out)", out,
                        OutputFiles.Kind.REPORT).clash();
        if (clash.isPresent()) {
            err.println(clash.get() + " Nothing was written.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        PlanLoadResult loaded = PlanFiles.load(planFile);
        if (!loaded.wellFormed()) {
            err.println(planFile + " cannot be used:");
            loaded.problems().stream().filter(Problem::isError).forEach(p -> err.println("  error   " + p));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        DeploymentPlan p = loaded.plan();
        List<CheckResult> checks = null;
        List<CheckResult> verification = null;
        String where = "as recorded in the journal";
        Map<String, String> runbooks = Runbooks.forJournal(p, entries);
        try (EngineSession session = EngineSession.open(spec, tenants, p, err)) {
            TenantConnections connections = session.connections();
            if (!tenants.isEmpty()) {
                where = connections.describe();
                checks = new Checker(com.tenantbridge.service.Clocks.systemUtc()).check(p, connections);
                verification = new Verifier().verify(p, connections).items();
            }
        }
        ZonedDateTime at = ZonedDateTime.now(com.tenantbridge.service.Clocks.system(java.time.ZoneId.systemDefault()));
        RolloutReport.Input input = new RolloutReport.Input(p, where, at, journal.toString(), entries,
                checks, verification, runbooks);
        String text = html ? RolloutHtml.render(input) : RolloutReport.json(input);
        PlanFiles.writeWhole(out, text);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Rollout report written to " + out + ".");
        stdout.flush();
        return ExitCodes.OK;
    }
}
