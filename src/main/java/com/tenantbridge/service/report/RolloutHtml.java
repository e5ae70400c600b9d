package com.tenantbridge.service.report;

import com.tenantbridge.service.check.CheckResult;
import java.util.List;
import java.util.Map;

/**
 * The rollout report as one self-contained HTML page (no scripts, no external files): readable on screen,
 * printed to PDF from a browser without cut tables. Every text from the plan, the journal or a tenant is escaped.
 */
public final class RolloutHtml {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:2rem auto;
            max-width:62rem;padding:0 1rem}
            h1{font-size:1.6rem;margin-bottom:.2rem}
            h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
            .meta{color:#57606a}table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            .pass,.done{color:#1a7f37}.fail,.failed{color:#cf222e}
            .warn,.skipped,.interrupted{color:#9a6700}
            code,pre{font:12px/1.4 ui-monospace,Consolas,monospace}
            pre{background:#f6f8fa;padding:.6rem;white-space:pre-wrap}
            .src{color:#57606a;font-size:.9em}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,pre{break-inside:avoid}a{color:inherit}}
            """;

    private RolloutHtml() {
    }

    public static String render(RolloutReport.Input in) {
        Map<String, Object> r = RolloutReport.tree(in);
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>").append(esc(r.get("title"))).append("</title><style>").append(CSS)
                .append("</style></head><body>");
        h.append("<h1>").append(esc(r.get("title"))).append("</h1>");
        Map<?, ?> scenario = (Map<?, ?>) r.get("scenario");
        h.append("<p class=\"meta\">Rollout report, ").append(esc(RolloutReport.when(in.at()))).append(" \u00b7 ")
                .append(esc(r.get("tenants"))).append(scenario.get("title") == null ? "" : " \u00b7 Scenario "
                        + esc(scenario.get("letter")) + ". " + esc(scenario.get("title"))).append("</p>");

        h.append("<h2>Why this scenario</h2>");
        List<?> why = (List<?>) scenario.get("why");
        if (why.isEmpty()) {
            h.append("<p>The plan records no answers to the recommender's questions; the scenario was chosen"
                    + " directly.</p>");
        } else {
            table(h, List.of("Question", "Answer", "Effect", "Documented fact"), why.stream().map(w -> (Map<?, ?>) w)
                    .map(w -> List.of(esc(w.get("question")), esc(w.get("answer")), esc(w.get("effect")),
                            esc(w.get("fact")) + "<div class=\"src\">" + source(w) + "</div>")).toList());
        }

        h.append("<h2>Settings before and after</h2>");
        Map<?, ?> settings = (Map<?, ?>) r.get("settings");
        if (settings.isEmpty()) {
            h.append("<p>The journal records no change.</p>");
        }
        settings.forEach((tenant, value) -> {
            Map<?, ?> t = (Map<?, ?>) value;
            h.append("<h3>").append(esc(tenant)).append("</h3>");
            List<?> list = (List<?>) t.get("settings");
            if (list != null) {
                table(h, List.of("Setting", "Before", "After", "Result"), list.stream().map(s -> (Map<?, ?>) s)
                        .map(s -> List.of(esc(s.get("setting")), esc(s.get("beforeText")), esc(s.get("afterText")),
                                status(s.get("status")))).toList());
            }
            Map<?, ?> accounts = (Map<?, ?>) t.get("accounts");
            if (accounts != null) {
                h.append("<p>Accounts, licences and memberships: ");
                h.append(String.join(", ", accounts.entrySet().stream().map(e -> e.getValue() + " "
                        + esc(e.getKey().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).toList()));
                h.append(" (each listed under Changes).</p>");
            }
        });

        checks(h, "Checks", in.checks(), "The prerequisite checks were not run for this report.");
        h.append("<h2>What people can now do</h2><ul>");
        ((List<?>) r.get("whatPeopleCanDo")).forEach(o -> h.append("<li>").append(esc(o)).append("</li>"));
        h.append("</ul>");
        checks(h, "Verification", in.verification(), "Not verified for this report.");
        List<?> reach = (List<?>) r.get("whoReachesWhom");
        if (!reach.isEmpty()) {
            h.append("<h2>Who reaches whom</h2><p>Once the plan holds, from the plan itself.</p>");
            table(h, List.of("From", "To", "What they can do"), reach.stream().map(x -> (Map<?, ?>) x).map(x -> List.of(
                    esc(x.get("from")), esc(x.get("to")), esc(x.get("what")))).toList());
        }

        h.append("<h2>Changes</h2>");
        List<?> changes = (List<?>) r.get("changes");
        table(h, List.of("#", "Tenant", "Change", "Result"), java.util.stream.IntStream.range(0, changes.size())
                .mapToObj(i -> {
                    RolloutReport.ChangeRow c = (RolloutReport.ChangeRow) changes.get(i);
                    return List.of(String.valueOf(i + 1), esc(c.tenant()), esc(c.summary()), status(c.status())
                            + (c.message() == null ? "" : "<div class=\"src\">" + esc(c.message()) + "</div>"));
                }).toList());

        h.append("<h2>Accepted baseline deviations</h2>");
        List<?> deviations = (List<?>) r.get("acceptedDeviations");
        if (deviations.isEmpty()) {
            h.append("<p>None: the plan records no baseline deviation as accepted.</p>");
        } else {
            table(h, List.of("Rule", "Reason"), deviations.stream().map(d -> (Map<?, ?>) d).map(d -> List.of(
                    esc(d.get("rule")), esc(d.get("reason")))).toList());
        }

        h.append("<h2>Partner-side runbooks</h2>");
        Map<?, ?> runbooks = (Map<?, ?>) r.get("partnerRunbooks");
        if (runbooks.isEmpty()) {
            h.append("<p>None: every tenant was changed from this run.</p>");
        }
        runbooks.forEach((tenant, text) -> h.append("<h3>").append(esc(tenant)).append("</h3><pre>").append(esc(text))
                .append("</pre>"));

        if (r.get("meeting") instanceof Map<?, ?> m) {
            h.append("<h2>The meeting</h2>");
            table(h, List.of("", ""), List.of(List.of("Subject", esc(m.get("subject"))),
                    List.of("Organizer", esc(m.get("organizer"))), List.of("When", esc(m.get("when"))),
                    List.of("Experts invited", esc(String.join(", ", ((List<?>) m.get("experts")).stream()
                            .map(String::valueOf).toList()))), List.of("State", esc(m.get("state"))),
                    List.of("Join link", m.get("joinUrl") == null ? "\u2014" : "<a href=\"" + esc(m.get("joinUrl"))
                            + "\">" + esc(m.get("joinUrl")) + "</a>")));
        }
        factList(h, "Steps for technicians and experts", (List<?>) r.get("stepsForPeople"));
        factList(h, "Limits people should know", (List<?>) r.get("limits"));

        h.append("<h2>Open items</h2>");
        List<?> open = (List<?>) r.get("openItems");
        if (open.isEmpty()) {
            h.append("<p>Nothing is open.</p>");
        } else {
            h.append("<ul>");
            open.forEach(o -> h.append("<li>").append(esc(o)).append("</li>"));
            h.append("</ul>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void checks(StringBuilder h, String title, List<CheckResult> checks, String none) {
        h.append("<h2>").append(title).append("</h2>");
        if (checks == null || checks.isEmpty()) {
            h.append("<p>").append(none).append("</p>");
            return;
        }
        table(h, List.of("Check", "Tenant", "Result", "Evidence and fix"), checks.stream().map(c -> List.of(
                esc(c.id()) + " " + esc(c.title()), esc(c.tenant()), "<span class=\"" + css(c.status().name()) + "\">"
                        + esc(c.status().name().toLowerCase(java.util.Locale.ROOT)) + "</span>",
                esc(c.evidence()) + (c.fix() == null ? "" : "<div class=\"src\">Fix: " + esc(c.fix()) + "</div>")))
                .toList());
    }

    private static void factList(StringBuilder h, String title, List<?> facts) {
        if (facts == null) {
            return;
        }
        h.append("<h2>").append(title).append("</h2><ul>");
        facts.stream().map(f -> (Map<?, ?>) f).forEach(f -> h.append("<li>").append(esc(f.get("text")))
                .append(" <span class=\"src\">(").append(source(f)).append(")</span></li>"));
        h.append("</ul>");
    }

    private static void table(StringBuilder h, List<String> heads, List<List<String>> rows) {
        h.append("<table><thead><tr>");
        heads.forEach(x -> h.append("<th>").append(x).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(cell -> h.append("<td>").append(cell).append("</td>"));
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static String status(Object s) {
        return "<span class=\"" + css(String.valueOf(s)) + "\">" + esc(s) + "</span>";
    }

    private static String css(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "pass", "done" -> "done";
            case "fail", "failed" -> "failed";
            default -> "warn";
        };
    }

    /** The article's title as a link to it: the reader can check every fact. */
    private static String source(Map<?, ?> m) {
        return m.get("sourceUrl") == null ? esc(m.get("source")) : "<a href=\"" + esc(m.get("sourceUrl")) + "\">"
                + esc(m.get("source")) + "</a>";
    }

    static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
