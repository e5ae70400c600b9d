package com.tenantbridge.service.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.recommend.Recommendation;
import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.domain.scenario.Baseline;
import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import com.tenantbridge.domain.scenario.ScenarioFacts;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.journal.JournalEntry;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rollout report a consultant hands to the customer, as JSON and as one self-contained HTML page that prints
 * well: the scenario and why (the recommender's answers), each tenant's settings before and after, every check
 * with its evidence, every change with its result, accepted baseline deviations, the partner-side runbooks, the
 * steps for technicians and experts, and what is still open. Built from the plan and the journal, which hold no
 * secret, so the report holds none either.
 */
public final class RolloutReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /**
     * {@code checks} and {@code verification} may be null (not run for this report); {@code runbooks} maps a
     * tenant another admin runs to its PowerShell runbook.
     */
    public record Input(DeploymentPlan plan, String where, ZonedDateTime at, String journal, List<JournalEntry> entries,
            List<CheckResult> checks, List<CheckResult> verification, Map<String, String> runbooks) {
        public Input {
            entries = List.copyOf(entries);
            runbooks = runbooks == null ? Map.of() : Map.copyOf(runbooks);
        }
    }

    /** One change as the journal last recorded it. */
    public record ChangeRow(String id, String tenant, String kind, String summary, String status, String message,
            Map<String, Object> before, Map<String, Object> after) {
    }

    private RolloutReport() {
    }

    /** The report as a JSON-ready tree (maps and lists, in reading order). */
    public static Map<String, Object> tree(Input in) {
        DeploymentPlan plan = in.plan();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("reportVersion", 1);
        root.put("title", title(plan));
        root.put("generatedAt", in.at().toOffsetDateTime().toString());
        root.put("tenants", in.where());
        // The journal's name only: a report goes to a customer, a path on the consultant's machine does not.
        root.put("journal", in.journal() == null ? null
                : java.nio.file.Path.of(in.journal()).getFileName().toString());
        Map<String, Object> scenario = new LinkedHashMap<>();
        if (plan.scenario() != null) {
            scenario.put("id", plan.scenario().jsonName());
            scenario.put("letter", plan.scenario().letter());
            scenario.put("title", plan.scenario().title());
        }
        scenario.put("why", why(plan));
        root.put("scenario", scenario);
        List<ChangeRow> changes = changes(in.entries());
        root.put("settings", settings(changes));
        root.put("checks", in.checks());
        root.put("verification", in.verification());
        root.put("changes", changes);
        root.put("whatPeopleCanDo", PeopleCanDo.lines(in.verification()));
        root.put("whoReachesWhom", reach(plan));
        root.put("acceptedDeviations", plan.acceptedDeviations().stream().map(id -> Map.of("id", id, "rule",
                Baseline.byId(id).map(Baseline::label).orElse(id), "reason", "accepted knowingly by the admin in the"
                        + " plan: its check warns instead of failing")).toList());
        root.put("partnerRunbooks", new TreeMap<>(in.runbooks()));
        Map<String, Object> meeting = MeetingSection.of(plan, in.entries());
        if (meeting != null) {
            root.put("meeting", meeting);
        }
        if (plan.scenario() != null) {
            ScenarioFacts facts = ScenarioCatalog.facts(plan.scenario());
            root.put("stepsForPeople", MeetingSection.steps(meeting, facts(facts.stepsForPeople())));
            root.put("limits", facts(facts.limits()));
        }
        root.put("openItems", openItems(in, changes));
        return root;
    }

    public static String json(Input in) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(in));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recommender's reasons for the chosen scenario, from the answers saved in the plan. */
    private static List<Map<String, String>> why(DeploymentPlan plan) {
        List<Map<String, String>> why = new ArrayList<>();
        if (plan.scenario() == null || plan.answers() == null || plan.answers().values().isEmpty()) {
            return why;
        }
        for (Recommendation r : new Recommender().rank(plan.answers())) {
            if (r.scenario() != plan.scenario()) {
                continue;
            }
            r.reasons().forEach(reason -> {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("question", reason.question().text());
                m.put("answer", reason.answer().label());
                m.put("effect", reason.effect().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                m.put("fact", reason.fact().text());
                m.put("source", reason.fact().source().citation());
                m.put("sourceUrl", reason.fact().source().url());
                why.add(m);
            });
        }
        return why;
    }

    /** The last word of the journal on each change, in the order the changes first appear. */
    static List<ChangeRow> changes(List<JournalEntry> entries) {
        Map<String, JournalEntry> last = new LinkedHashMap<>();
        for (JournalEntry e : entries) {
            if (e.changeId() != null) {
                last.remove(e.changeId());
                last.put(e.changeId(), e);
            }
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        entries.forEach(e -> order.putIfAbsent(e.changeId(), order.size()));
        return last.values().stream().sorted(java.util.Comparator.comparing(e -> order.get(e.changeId())))
                .map(e -> new ChangeRow(e.changeId(), e.tenant(), e.kind(), e.summary(), status(e.status()),
                        e.error(), e.before(), e.after())).toList();
    }

    private static String status(JournalEntry.Status s) {
        return switch (s) {
            case STARTED -> "interrupted";
            case DONE -> "done";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
            case RUNBOOK -> "in the partner runbook";
            case ROLLED_BACK -> "rolled back";
            case RUN -> "run started";
        };
    }

    /** The plan's name; a plan the admin never named is called by its scenario and host, never "Untitled plan". */
    static String title(DeploymentPlan plan) {
        if (plan.name() != null && !plan.name().isBlank() && !plan.name().equals(DeploymentPlan.UNTITLED)) {
            return plan.name();
        }
        String host = plan.hostTenant() == null ? null : plan.hostTenant().label();
        return (plan.scenario() == null ? "Expert calls across tenants" : plan.scenario().title())
                + (host == null ? "" : " for " + host);
    }

    /** Who reaches whom once the plan holds, per pair, from the plan itself (as the reach command without --tenant). */
    private static List<Map<String, Object>> reach(DeploymentPlan plan) {
        if (plan.scenario() == null) {
            return List.of();
        }
        try {
            var lines = com.tenantbridge.service.reach.ReachTable.lines(com.tenantbridge.domain.reach.Matrix.of(
                    com.tenantbridge.domain.reach.Worlds.desired(plan)), null);
            return com.tenantbridge.service.reach.ReachTable.pairs(lines).stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("from", p.from());
                m.put("to", p.to());
                m.put("what", String.join("; ", p.parts()));
                return m;
            }).toList();
        } catch (RuntimeException e) {
            // A plan too unfinished to picture reaches no one yet; the report says so rather than failing.
            return List.of();
        }
    }

    /**
     * Per tenant, each setting a change touched: before and after (the bulk account changes are counted, not
     * listed).
     */
    private static Map<String, Object> settings(List<ChangeRow> changes) {
        Map<String, Object> byTenant = new TreeMap<>();
        Map<String, Map<String, Integer>> counted = new TreeMap<>();
        for (ChangeRow c : changes) {
            if (c.kind() != null && List.of("CREATE_USER", "ASSIGN_LICENSE", "ADD_GROUP_MEMBER").contains(c.kind())) {
                counted.computeIfAbsent(c.tenant(), k -> new TreeMap<>()).merge(c.kind() + " " + c.status(), 1,
                        Integer::sum);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) byTenant.computeIfAbsent(c.tenant(),
                    k -> new LinkedHashMap<>());
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) t.computeIfAbsent("settings", k -> new ArrayList<>());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("setting", c.summary());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("beforeText", c.before() == null ? "not set" : SettingWords.of(c.kind(), c.before()));
            m.put("afterText", SettingWords.of(c.kind(), c.after()));
            m.put("status", c.status());
            list.add(m);
        }
        counted.forEach((tenant, counts) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) byTenant.computeIfAbsent(tenant, k -> new LinkedHashMap<>());
            t.put("accounts", counts);
        });
        return byTenant;
    }

    private static List<Map<String, String>> facts(List<Fact> facts) {
        return facts.stream().map(f -> Map.of("text", f.text(), "source", f.source().citation(), "sourceUrl",
                f.source().url())).toList();
    }

    /** What still needs someone: changes that did not go through, partner runbooks, failed or missing checks. */
    static List<String> openItems(Input in, List<ChangeRow> changes) {
        List<String> open = new ArrayList<>();
        for (ChangeRow c : changes) {
            switch (c.status()) {
                case "failed", "skipped", "interrupted" -> open.add(c.summary() + " \u2014 " + c.status()
                        + (c.message() == null ? "" : ": " + c.message()) + "; fix the cause and run apply --resume.");
                default -> { }
            }
        }
        in.runbooks().keySet().stream().sorted().forEach(t -> open.add(t + ": its admin runs the partner runbook"
                + " below, then this plan is verified again."));
        if (in.checks() != null) {
            in.checks().stream().filter(c -> c.status() == CheckStatus.FAIL && c.rule() == null).forEach(c -> open.add(
                    "Check " + c.id() + " failed: " + c.title() + (c.fix() == null ? "" : " \u2014 " + c.fix())));
            // A baseline not met stays open even when accepted: someone has to come back to it.
            in.checks().stream().filter(c -> c.rule() != null && c.status() != CheckStatus.PASS
                    && c.status() != CheckStatus.UNKNOWN).forEach(c -> open.add("Baseline " + c.rule() + " not met"
                            + (c.acceptedDeviation() ? " (accepted in the plan)" : "") + ": " + c.title()
                            + (c.fix() == null ? "" : " \u2014 " + c.fix())));
        } else {
            open.add("Prerequisite checks not run for this report: run check (or report with --tenant) to list the"
                    + " baselines it does not meet.");
        }
        if (in.verification() == null) {
            open.add("Not verified for this report: run verify (or report with --tenant) once every change is done.");
        } else {
            in.verification().stream().filter(c -> c.status() == CheckStatus.FAIL).forEach(c -> open.add(
                    "Verification " + c.id() + ": " + c.title() + (c.evidence() == null ? "" : " \u2014 "
                            + c.evidence())));
        }
        open.addAll(FollowUps.of(in.plan(), changes.stream().anyMatch(c -> c.status().equals("done"))));
        if (changes.stream().anyMatch(c -> "APPLY_BARRIERS".equals(c.kind()) && c.status().equals("done"))) {
            open.add("Information-barrier policies take effect in Microsoft 365 within about 30 minutes (up to"
                    + " hours for large tenants): check search and chat between segments after that.");
        }
        return open;
    }

    static String when(ZonedDateTime at) {
        return WHEN.format(at);
    }
}
