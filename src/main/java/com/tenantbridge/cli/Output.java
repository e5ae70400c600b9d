package com.tenantbridge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.engine.PlanResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How commands print: aligned text for people, JSON for scripts. */
public final class Output {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    public static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    static void checks(PrintWriter out, List<CheckResult> checks) {
        for (CheckResult c : checks) {
            out.printf("%-7s %-9s %-14s %s%n", c.status(), c.id(), c.tenant(), c.title());
            if (c.evidence() != null) {
                out.println("                                  found: " + c.evidence());
            }
            if (c.status() != CheckStatus.PASS && c.fix() != null) {
                out.println("                                  fix:   " + c.fix());
            }
            if (c.rule() != null) {
                out.println("                                  rule:  " + c.rule() + (c.acceptedDeviation()
                        ? " (accepted deviation)" : ""));
            }
        }
        out.flush();
    }

    static void plan(PrintWriter out, PlanResult plan) {
        plan(out, plan, Integer.MAX_VALUE);
    }

    /** The first {@code limit} changes in full, the rest counted by kind (a bulk onboarding has thousands). */
    static void plan(PrintWriter out, PlanResult plan, int limit) {
        int n = 1;
        String tenant = null;
        for (Change c : plan.changes()) {
            if (n > limit) {
                Map<String, Long> rest = new java.util.TreeMap<>();
                plan.changes().stream().skip(limit).forEach(r -> rest.merge(r.kind().name().toLowerCase(
                        java.util.Locale.ROOT).replace('_', ' '), 1L, Long::sum));
                out.printf("  \u2026 and %d more: %s (the plan command lists them all)%n",
                        plan.changes().size() - limit,
                        String.join(", ", rest.entrySet().stream().map(e -> e.getValue() + " \u00d7 " + e.getKey())
                                .toList()));
                break;
            }
            if (!c.tenant().equals(tenant)) {
                tenant = c.tenant();
                out.println(tenant + ":");
            }
            out.printf("  %3d. %s%n", n++, c.summary());
            if (c.before() != null && !c.before().isEmpty()) {
                out.println("        now:   " + c.before());
            }
            out.println("        after: " + c.after());
            if (c.narrows() != null) {
                out.println("        cuts off (apply asks you to confirm): " + c.narrows());
            }
        }
        plan.offline().forEach((t, changes) -> {
            out.println(t + " (not reachable from this run: its admin gets a runbook and plan file):");
            changes.forEach(c -> out.println("        - " + c.summary()));
        });
        plan.notes().forEach(note -> out.println("note: " + note));
        plan.blockers().forEach(b -> out.println("cannot apply: " + b));
        out.println(!plan.unreachable().isEmpty()
                ? "Not planned: " + String.join(", ", plan.unreachable().keySet()) + " could not be reached."
                : plan.changes().isEmpty() ? "No changes: the tenants already match the plan."
                : plan.changes().size() + " change" + (plan.changes().size() == 1 ? "" : "s") + " to apply.");
        out.flush();
    }

    static Map<String, Object> planJson(PlanResult plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changes", plan.changes().stream().map(Output::change).toList());
        body.put("unreachable", plan.unreachable());
        Map<String, Object> offline = new LinkedHashMap<>();
        plan.offline().forEach((t, cs) -> offline.put(t, cs.stream().map(Output::change).toList()));
        body.put("offline", offline);
        body.put("notes", plan.notes());
        body.put("blockers", plan.blockers());
        return body;
    }

    static Map<String, Object> change(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("tenant", c.tenant());
        m.put("kind", c.kind().name());
        m.put("channel", c.channel().name());
        m.put("summary", c.summary());
        m.put("before", c.before());
        m.put("after", c.after());
        m.put("dependsOn", c.dependsOn());
        if (c.narrows() != null) {
            m.put("narrows", c.narrows());
        }
        return m;
    }
}
