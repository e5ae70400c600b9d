package com.tenantbridge.domain.recommend;

import static com.tenantbridge.domain.recommend.Answer.NO;
import static com.tenantbridge.domain.recommend.Answer.YES;
import static com.tenantbridge.domain.recommend.Question.ANNOTATION_LICENCE;
import static com.tenantbridge.domain.recommend.Question.COLLABORATORS_HAVE_OWN_TENANT;
import static com.tenantbridge.domain.recommend.Question.GROUP_CALLS_OR_FILES;
import static com.tenantbridge.domain.recommend.Question.ISOLATE_VENDORS;
import static com.tenantbridge.domain.recommend.Question.ONE_OFF_EXPERT;
import static com.tenantbridge.domain.recommend.Question.PER_TEAM_CONTROL;
import static com.tenantbridge.domain.recommend.Question.TECHNICIANS_ON_MOBILE;
import static com.tenantbridge.domain.recommend.Question.VENDORS_LACK_LICENCES;
import static com.tenantbridge.domain.scenario.Scenario.ANONYMOUS_JOIN;
import static com.tenantbridge.domain.scenario.Scenario.FEDERATION;
import static com.tenantbridge.domain.scenario.Scenario.GUEST_ACCESS;
import static com.tenantbridge.domain.scenario.Scenario.VENDOR_ACCOUNTS;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANON_FITS;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANON_NO_LICENCE;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANON_NO_ONEDRIVE;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANON_NO_TENANT_SETUP;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANNOTATIONS_MEETING;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANNOTATIONS_ONE_LICENCE;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.ANNOTATIONS_ONE_TIME;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.FEDERATION_BOTH_SIDES;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.FEDERATION_FITS;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.FEDERATION_NO_GROUP_CALLS_OR_FILES;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.FEDERATION_SELECTIVE;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.FEDERATION_WHOLE_TENANT;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.GUEST_FINE_GRAINED;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.GUEST_FITS;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.GUEST_MORE_FEATURES;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.GUEST_NEEDS_OWN_TENANT;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.REMOTE_ASSIST_ENDS;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.VENDOR_BARRIERS_ISOLATE;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.VENDOR_FITS;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.VENDOR_FIND_BY_NAME;
import static com.tenantbridge.domain.scenario.ScenarioCatalog.VENDOR_HOST_PAYS;

import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the four scenarios from the admin's answers. Each rule rests on one fact of Microsoft's articles (a way
 * they tell the scenarios apart, or a documented limit) and carries it with its page ({@code Fact.source()}), so
 * every ranking can be explained by quoting the documentation.
 */
public final class Recommender {

    /** A rule that rules a scenario out, whatever its score. */
    static final int RULES_OUT = Integer.MIN_VALUE;

    record Rule(Question question, Answer answer, Scenario scenario, int weight, Fact fact) {
    }

    static final List<Rule> RULES = List.of(
            // Collaborators have their own tenant and RA/Teams licences → A (coarse, easy) or B (fine-grained).
            new Rule(COLLABORATORS_HAVE_OWN_TENANT, YES, FEDERATION, 3, FEDERATION_FITS),
            new Rule(COLLABORATORS_HAVE_OWN_TENANT, YES, GUEST_ACCESS, 3, GUEST_NEEDS_OWN_TENANT),
            new Rule(COLLABORATORS_HAVE_OWN_TENANT, NO, FEDERATION, -3, FEDERATION_FITS),
            new Rule(COLLABORATORS_HAVE_OWN_TENANT, NO, GUEST_ACCESS, -3, GUEST_NEEDS_OWN_TENANT),
            new Rule(COLLABORATORS_HAVE_OWN_TENANT, NO, VENDOR_ACCOUNTS, 2, VENDOR_FITS),
            new Rule(COLLABORATORS_HAVE_OWN_TENANT, NO, ANONYMOUS_JOIN, 1, ANON_NO_TENANT_SETUP),
            // Per-team control of who reaches whom across tenants → B.
            new Rule(PER_TEAM_CONTROL, YES, GUEST_ACCESS, 4, GUEST_FINE_GRAINED),
            new Rule(PER_TEAM_CONTROL, YES, FEDERATION, -2, FEDERATION_WHOLE_TENANT),
            // Vendors belong inside the host's directory, licensed and kept apart by it → C.
            new Rule(VENDORS_LACK_LICENCES, YES, VENDOR_ACCOUNTS, 4, VENDOR_HOST_PAYS),
            new Rule(VENDORS_LACK_LICENCES, YES, FEDERATION, -2, FEDERATION_FITS),
            new Rule(VENDORS_LACK_LICENCES, YES, GUEST_ACCESS, -2, GUEST_NEEDS_OWN_TENANT),
            new Rule(VENDORS_LACK_LICENCES, NO, VENDOR_ACCOUNTS, -2, VENDOR_FITS),
            // Vendors of different companies must not reach each other → C + barriers, or A selectively.
            new Rule(ISOLATE_VENDORS, YES, VENDOR_ACCOUNTS, 3, VENDOR_BARRIERS_ISOLATE),
            new Rule(ISOLATE_VENDORS, YES, FEDERATION, 1, FEDERATION_SELECTIVE),
            // One-off help from an outside expert, no setup with their tenant → D.
            new Rule(ONE_OFF_EXPERT, YES, ANONYMOUS_JOIN, 5, ANON_FITS),
            new Rule(ONE_OFF_EXPERT, YES, FEDERATION, -2, FEDERATION_BOTH_SIDES),
            new Rule(ONE_OFF_EXPERT, YES, GUEST_ACCESS, -2, GUEST_FITS),
            new Rule(ONE_OFF_EXPERT, YES, VENDOR_ACCOUNTS, -1, VENDOR_HOST_PAYS),
            new Rule(ONE_OFF_EXPERT, NO, ANONYMOUS_JOIN, -2, ANON_NO_LICENCE),
            // Technicians on Teams mobile: every scenario carries Teams calls, so nothing is ruled out (the rule that
            // did was about Remote Assist mobile, retired). On HoloLens 2 the app is Remote Assist, which ends.
            new Rule(TECHNICIANS_ON_MOBILE, NO, FEDERATION, -1, REMOTE_ASSIST_ENDS),
            new Rule(TECHNICIANS_ON_MOBILE, NO, GUEST_ACCESS, -1, REMOTE_ASSIST_ENDS),
            new Rule(TECHNICIANS_ON_MOBILE, NO, VENDOR_ACCOUNTS, -1, REMOTE_ASSIST_ENDS),
            new Rule(TECHNICIANS_ON_MOBILE, NO, ANONYMOUS_JOIN, -1, REMOTE_ASSIST_ENDS),
            // Nobody on a call can hold the annotation licence: outsiders join on a one-time basis only. In the
            // vendor scenario the host licenses the accounts itself, so it can give one of them the licence.
            new Rule(ANNOTATION_LICENCE, NO, FEDERATION, -1, ANNOTATIONS_ONE_TIME),
            new Rule(ANNOTATION_LICENCE, NO, GUEST_ACCESS, -1, ANNOTATIONS_ONE_TIME),
            new Rule(ANNOTATION_LICENCE, NO, ANONYMOUS_JOIN, -1, ANNOTATIONS_MEETING),
            new Rule(ANNOTATION_LICENCE, NO, VENDOR_ACCOUNTS, 1, ANNOTATIONS_ONE_LICENCE),
            // Group calls or file sharing across organisations: federation has neither.
            new Rule(GROUP_CALLS_OR_FILES, YES, FEDERATION, RULES_OUT, FEDERATION_NO_GROUP_CALLS_OR_FILES),
            new Rule(GROUP_CALLS_OR_FILES, YES, ANONYMOUS_JOIN, -3, ANON_NO_ONEDRIVE),
            new Rule(GROUP_CALLS_OR_FILES, YES, GUEST_ACCESS, 1, GUEST_MORE_FEATURES),
            new Rule(GROUP_CALLS_OR_FILES, YES, VENDOR_ACCOUNTS, 1, VENDOR_FIND_BY_NAME));

    public List<Recommendation> rank(Answers answers) {
        Map<Scenario, Integer> scores = new EnumMap<>(Scenario.class);
        Map<Scenario, Boolean> ruledOut = new EnumMap<>(Scenario.class);
        Map<Scenario, List<Reason>> reasons = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            scores.put(s, 0);
            ruledOut.put(s, false);
            reasons.put(s, new ArrayList<>());
        }
        for (Rule rule : RULES) {
            if (!answers.is(rule.question(), rule.answer())) {
                continue;
            }
            Reason.Effect effect;
            if (rule.weight() == RULES_OUT) {
                ruledOut.put(rule.scenario(), true);
                effect = Reason.Effect.RULES_OUT;
            } else {
                scores.merge(rule.scenario(), rule.weight(), Integer::sum);
                effect = rule.weight() > 0 ? Reason.Effect.FOR : Reason.Effect.AGAINST;
            }
            reasons.get(rule.scenario()).add(new Reason(effect, rule.question(), rule.answer(), rule.fact()));
        }

        List<Scenario> order = new ArrayList<>(List.of(Scenario.values()));
        order.sort(Comparator.<Scenario, Boolean>comparing(ruledOut::get)
                .thenComparing(s -> -scores.get(s))
                .thenComparing(Scenario::ordinal));

        int best = order.stream().filter(s -> !ruledOut.get(s)).mapToInt(scores::get).max().orElse(0);
        List<Recommendation> ranking = new ArrayList<>();
        for (Scenario s : order) {
            ranking.add(new Recommendation(ranking.size() + 1, s,
                    fit(scores.get(s), ruledOut.get(s), best), scores.get(s), reasons.get(s)));
        }
        return List.copyOf(ranking);
    }

    private static Fit fit(int score, boolean ruledOut, int best) {
        if (ruledOut) {
            return Fit.NOT_SUITABLE;
        }
        if (score > 0 && score == best) {
            return Fit.RECOMMENDED;
        }
        if (score > 0) {
            return Fit.ALSO_FITS;
        }
        return score == 0 ? Fit.POSSIBLE : Fit.UNLIKELY;
    }
}
