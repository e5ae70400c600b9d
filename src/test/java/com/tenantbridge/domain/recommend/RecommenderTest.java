package com.tenantbridge.domain.recommend;

import static com.tenantbridge.domain.scenario.Scenario.ANONYMOUS_JOIN;
import static com.tenantbridge.domain.scenario.Scenario.FEDERATION;
import static com.tenantbridge.domain.scenario.Scenario.GUEST_ACCESS;
import static com.tenantbridge.domain.scenario.Scenario.VENDOR_ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One test per way Microsoft's articles tell the scenarios apart (https://learn.microsoft.com/dynamics365/mixed-reality/remote-assist/multi-tenant-deployment
 * and the vendor articles), plus the feature questions and the Teams era's device and annotation licence.
 */
class RecommenderTest {

    private final Recommender recommender = new Recommender();

    private List<Recommendation> rank(Question question, Answer answer) {
        return recommender.rank(Answers.none().with(question, answer));
    }

    private static Recommendation of(List<Recommendation> ranking, Scenario scenario) {
        return ranking.stream().filter(r -> r.scenario() == scenario).findFirst().orElseThrow();
    }

    private static Set<Scenario> recommended(List<Recommendation> ranking) {
        return ranking.stream().filter(r -> r.fit() == Fit.RECOMMENDED).map(Recommendation::scenario)
                .collect(Collectors.toSet());
    }

    @Test
    void withoutAnswersEveryScenarioIsPossibleInCatalogOrder() {
        List<Recommendation> ranking = recommender.rank(Answers.none());
        assertThat(ranking).extracting(Recommendation::scenario)
                .containsExactly(FEDERATION, GUEST_ACCESS, VENDOR_ACCOUNTS, ANONYMOUS_JOIN);
        assertThat(ranking).allMatch(r -> r.fit() == Fit.POSSIBLE && r.reasons().isEmpty());
        assertThat(ranking).extracting(Recommendation::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void collaboratorsWithOwnTenantAndLicencesPointToFederationOrGuestAccess() {
        List<Recommendation> ranking = rank(Question.COLLABORATORS_HAVE_OWN_TENANT, Answer.YES);
        assertThat(recommended(ranking)).containsExactlyInAnyOrder(FEDERATION, GUEST_ACCESS);
        assertThat(ranking.subList(0, 2)).extracting(Recommendation::scenario)
                .containsExactlyInAnyOrder(FEDERATION, GUEST_ACCESS);
        assertThat(of(ranking, FEDERATION).reasons()).extracting(Reason::fact)
                .contains(ScenarioCatalog.FEDERATION_FITS);
    }

    @Test
    void perTeamControlPointsToGuestAccess() {
        List<Recommendation> ranking = rank(Question.PER_TEAM_CONTROL, Answer.YES);
        assertThat(ranking.get(0).scenario()).isEqualTo(GUEST_ACCESS);
        assertThat(ranking.get(0).fit()).isEqualTo(Fit.RECOMMENDED);
        assertThat(ranking.get(0).reasons()).extracting(Reason::fact).contains(ScenarioCatalog.GUEST_FINE_GRAINED);
        assertThat(of(ranking, FEDERATION).reasons()).extracting(Reason::effect).contains(Reason.Effect.AGAINST);
    }

    @Test
    void vendorsWithoutLicencesOrTenantPointToVendorServiceAccounts() {
        List<Recommendation> ranking = rank(Question.VENDORS_LACK_LICENCES, Answer.YES);
        assertThat(ranking.get(0).scenario()).isEqualTo(VENDOR_ACCOUNTS);
        assertThat(recommended(ranking)).containsExactly(VENDOR_ACCOUNTS);
        assertThat(ranking.get(0).reasons()).extracting(Reason::fact).contains(ScenarioCatalog.VENDOR_HOST_PAYS);
    }

    @Test
    void isolatingVendorsPointsToServiceAccountsWithBarriersThenSelectiveFederation() {
        List<Recommendation> ranking = rank(Question.ISOLATE_VENDORS, Answer.YES);
        assertThat(ranking).extracting(Recommendation::scenario).startsWith(VENDOR_ACCOUNTS, FEDERATION);
        assertThat(ranking.get(0).reasons().get(0).fact().text()).contains("Information barriers");
        assertThat(ranking.get(1).fit()).isEqualTo(Fit.ALSO_FITS);
        assertThat(ranking.get(1).reasons()).extracting(Reason::fact).contains(ScenarioCatalog.FEDERATION_SELECTIVE);
    }

    @Test
    void oneOffOutsideExpertPointsToAnonymousJoin() {
        List<Recommendation> ranking = rank(Question.ONE_OFF_EXPERT, Answer.YES);
        assertThat(ranking.get(0).scenario()).isEqualTo(ANONYMOUS_JOIN);
        assertThat(recommended(ranking)).containsExactly(ANONYMOUS_JOIN);
        assertThat(of(ranking, FEDERATION).score()).isNegative();
        assertThat(of(ranking, GUEST_ACCESS).score()).isNegative();
    }

    @Test
    void techniciansOnTeamsMobileRuleNothingOutAndHoloLensSaysRemoteAssistEnds() {
        // Ruling federation and anonymous join out was about Remote Assist mobile, retired on 2025-03-25.
        List<Recommendation> mobile = rank(Question.TECHNICIANS_ON_MOBILE, Answer.YES);
        assertThat(mobile).noneMatch(r -> r.fit() == Fit.NOT_SUITABLE).allMatch(r -> r.reasons().isEmpty());
        List<Recommendation> hololens = rank(Question.TECHNICIANS_ON_MOBILE, Answer.NO);
        assertThat(hololens).allSatisfy(r -> assertThat(r.reasons()).extracting(Reason::fact)
                .containsExactly(ScenarioCatalog.REMOTE_ASSIST_ENDS));
        assertThat(ScenarioCatalog.REMOTE_ASSIST_ENDS.text()).contains("December 31, 2026");
    }

    @Test
    void withoutAnyoneToHoldTheAnnotationLicenceTheHostsOwnAccountsGainAndOthersSayOneTimeBasis() {
        List<Recommendation> ranking = rank(Question.ANNOTATION_LICENCE, Answer.NO);
        assertThat(ranking.get(0).scenario()).isEqualTo(VENDOR_ACCOUNTS);
        assertThat(of(ranking, FEDERATION).reasons()).extracting(Reason::fact)
                .containsExactly(ScenarioCatalog.ANNOTATIONS_ONE_TIME);
    }

    @Test
    void ruledOutScenarioStaysBelowEvenWithAHighScore() {
        Answers answers = Answers.none()
                .with(Question.COLLABORATORS_HAVE_OWN_TENANT, Answer.YES)
                .with(Question.GROUP_CALLS_OR_FILES, Answer.YES);
        List<Recommendation> ranking = recommender.rank(answers);
        assertThat(ranking.get(3).scenario()).isEqualTo(FEDERATION);
        assertThat(of(ranking, FEDERATION).score()).isPositive();
        assertThat(of(ranking, FEDERATION).fit()).isEqualTo(Fit.NOT_SUITABLE);
        assertThat(ranking.get(0).fit()).isNotEqualTo(Fit.NOT_SUITABLE);
    }

    @Test
    void groupCallsOrFileSharingRuleOutFederation() {
        List<Recommendation> ranking = rank(Question.GROUP_CALLS_OR_FILES, Answer.YES);
        assertThat(of(ranking, FEDERATION).fit()).isEqualTo(Fit.NOT_SUITABLE);
        assertThat(of(ranking, FEDERATION).reasons()).extracting(Reason::fact)
                .containsExactly(ScenarioCatalog.FEDERATION_NO_GROUP_CALLS_OR_FILES);
        assertThat(of(ranking, ANONYMOUS_JOIN).score()).isNegative();
    }

    @Test
    void theDocsMultiTenantExampleRecommendsFederationAndGuestAccess() {
        Answers abcAndContoso = Answers.none()
                .with(Question.COLLABORATORS_HAVE_OWN_TENANT, Answer.YES)
                .with(Question.VENDORS_LACK_LICENCES, Answer.NO)
                .with(Question.ONE_OFF_EXPERT, Answer.NO)
                .with(Question.TECHNICIANS_ON_MOBILE, Answer.NO);
        List<Recommendation> ranking = recommender.rank(abcAndContoso);
        assertThat(recommended(ranking)).containsExactlyInAnyOrder(FEDERATION, GUEST_ACCESS);
        assertThat(of(ranking, VENDOR_ACCOUNTS).fit()).isEqualTo(Fit.UNLIKELY);
    }

    @Test
    void answeringUnsureChangesNothing() {
        assertThat(rank(Question.PER_TEAM_CONTROL, Answer.UNSURE)).isEqualTo(recommender.rank(Answers.none()));
    }
}
