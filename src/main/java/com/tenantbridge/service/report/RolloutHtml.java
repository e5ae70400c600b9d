package com.tenantbridge.service.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.tenantbridge.service.check.CheckResult;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The rollout report as one self-contained HTML page (no scripts, no external files): readable on screen,
 * printed to PDF from a browser without cut tables. The page is a Mustache template ({@code rollout.html.mustache}
 * beside this class), which escapes every value it is given: no text from the plan, the journal or a tenant can
 * become markup. Here the report's tree is only shaped into what the template shows.
 */
public final class RolloutHtml {

    private static final Mustache PAGE = new DefaultMustacheFactory("com/tenantbridge/service/report")
            .compile("rollout.html.mustache");

    private RolloutHtml() {
    }

    public static String render(RolloutReport.Input in) {
        StringWriter out = new StringWriter();
        PAGE.execute(out, view(in));
        return out.toString();
    }

    private static Map<String, Object> view(RolloutReport.Input in) {
        Map<String, Object> r = RolloutReport.tree(in);
        Map<String, Object> v = new HashMap<>();
        v.put("pageTitle", r.get("title"));
        v.put("when", RolloutReport.when(in.at()));
        v.put("tenants", r.get("tenants"));
        Map<?, ?> scenario = (Map<?, ?>) r.get("scenario");
        if (scenario.get("title") != null) {
            v.put("scenario", Map.of("letter", scenario.get("letter"), "name", scenario.get("title")));
        }
        List<?> why = (List<?>) scenario.get("why");
        v.put("why", why);
        v.put("whyTable", !why.isEmpty());
        v.put("settings", settings((Map<?, ?>) r.get("settings")));
        v.put("checks", checks("Checks", in.checks(), "The prerequisite checks were not run for this report."));
        v.put("whatPeopleCanDo", r.get("whatPeopleCanDo"));
        v.put("verification", checks("Verification", in.verification(), "Not verified for this report."));
        List<?> reach = (List<?>) r.get("whoReachesWhom");
        v.put("reach", reach);
        v.put("reachTable", !reach.isEmpty());
        List<?> changes = (List<?>) r.get("changes");
        v.put("changes", IntStream.range(0, changes.size()).mapToObj(i -> {
            RolloutReport.ChangeRow c = (RolloutReport.ChangeRow) changes.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("number", i + 1);
            row.put("tenant", c.tenant());
            row.put("summary", c.summary());
            row.put("status", c.status());
            row.put("css", css(c.status()));
            row.put("message", c.message());
            return row;
        }).toList());
        List<?> deviations = (List<?>) r.get("acceptedDeviations");
        v.put("deviations", deviations);
        v.put("deviationTable", !deviations.isEmpty());
        v.put("runbooks", ((Map<?, ?>) r.get("partnerRunbooks")).entrySet().stream()
                .map(e -> Map.of("tenant", e.getKey(), "text", e.getValue())).toList());
        if (r.get("meeting") instanceof Map<?, ?> m) {
            Map<String, Object> meeting = new HashMap<>(Map.of("subject", m.get("subject"), "organizer",
                    m.get("organizer"), "when", m.get("when"), "state", m.get("state"), "experts", String.join(", ",
                            ((List<?>) m.get("experts")).stream().map(String::valueOf).toList())));
            meeting.put("joinUrl", m.get("joinUrl"));
            v.put("meeting", meeting);
        }
        List<Map<String, Object>> factLists = new ArrayList<>();
        factList(factLists, "Steps for technicians and experts", r.get("stepsForPeople"));
        factList(factLists, "Limits people should know", r.get("limits"));
        v.put("factLists", factLists);
        List<?> open = (List<?>) r.get("openItems");
        v.put("openItems", open);
        v.put("openList", !open.isEmpty());
        return v;
    }

    private static List<Map<String, Object>> settings(Map<?, ?> byTenant) {
        List<Map<String, Object>> out = new ArrayList<>();
        byTenant.forEach((tenant, value) -> {
            Map<?, ?> t = (Map<?, ?>) value;
            Map<String, Object> section = new HashMap<>();
            section.put("tenant", tenant);
            if (t.get("settings") instanceof List<?> list) {
                section.put("settingRows", Map.of("rows", list.stream().map(s -> (Map<?, ?>) s).map(s -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("setting", s.get("setting"));
                    row.put("beforeText", s.get("beforeText"));
                    row.put("afterText", s.get("afterText"));
                    row.put("status", s.get("status"));
                    row.put("css", css(String.valueOf(s.get("status"))));
                    return row;
                }).toList()));
            }
            if (t.get("accounts") instanceof Map<?, ?> accounts) {
                section.put("accounts", String.join(", ", accounts.entrySet().stream().map(e -> e.getValue() + " "
                        + e.getKey().toString().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()));
            }
            out.add(section);
        });
        return out;
    }

    private static Map<String, Object> checks(String heading, List<CheckResult> checks, String none) {
        List<Map<String, Object>> rows = checks == null ? List.of() : checks.stream().map(c -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", c.id());
            row.put("title", c.title());
            row.put("tenant", c.tenant());
            row.put("status", c.status().name().toLowerCase(Locale.ROOT));
            row.put("css", css(c.status().name()));
            row.put("evidence", c.evidence());
            row.put("fix", c.fix());
            return row;
        }).toList();
        return Map.of("heading", heading, "none", none, "rows", rows, "table", !rows.isEmpty());
    }

    private static void factList(List<Map<String, Object>> lists, String heading, Object facts) {
        if (facts instanceof List<?> list) {
            lists.add(Map.of("heading", heading, "facts", list));
        }
    }

    private static String css(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "pass", "done" -> "done";
            case "fail", "failed" -> "failed";
            default -> "warn";
        };
    }
}
