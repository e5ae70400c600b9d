package com.tenantbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.service.Clocks;
import com.tenantbridge.service.plan.PlanDates;
import com.tenantbridge.service.plan.PlanFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a plan file and print every problem with its field path.%n"
                + "Exit 0 when the plan is valid (warnings allowed), 2 when it has errors or cannot be read.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The plan file (JSON).")
    Path plan;

    @Option(names = "--json", description = "Print the result as JSON: {\"valid\":…,\"problems\":[…]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PlanLoadResult read = PlanFiles.load(plan);
        PlanDates.Dated dated = read.plan() == null ? null : PlanDates.at(read.plan(), Clocks.systemUtc());
        PlanLoadResult result = dated == null ? read : PlanDates.judged(read, dated);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", plan.toString());
            body.put("valid", result.isValid());
            body.put("errors", result.errors().size());
            body.put("warnings", result.warnings().size());
            body.put("problems", result.problems());
            body.put("note", dated == null ? null : dated.note());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body));
        } else {
            for (Problem p : result.problems()) {
                out.printf("%-7s %s%n", p.isError() ? "error" : "warning", p);
            }
            if (dated != null && dated.note() != null) {
                out.println(dated.note());
            }
            out.println(summary(result));
        }
        out.flush();
        return result.isValid() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private String summary(PlanLoadResult result) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (result.isValid()) {
            String name = result.plan().displayName();
            return plan + ": valid plan \u201c" + name + "\u201d (" + result.plan().scenario().jsonName() + ")"
                    + (warnings == 0 ? "" : ", " + count(warnings, "warning"));
        }
        return plan + ": invalid, " + count(errors, "error")
                + (warnings == 0 ? "" : " and " + count(warnings, "warning"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
