package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Remote Assist and Guides end on 2026-12-31: a plan relying on them is warned until then with the way forward, and
 * refused after unless the deviation is accepted. Judged on both sides of the date with an injected day.
 */
class SupportDatesTest {

    private static final LocalDate BEFORE = LocalDate.of(2026, 12, 7);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    private static final LocalDate AFTER = LocalDate.of(2027, 1, 1);

    private final DeploymentPlan example = ExamplePlans.load(ExamplePlans.forScenario(Scenario.FEDERATION)).plan();
    /** The example as an admin's own Remote Assist plan, without the acceptance. */
    private final DeploymentPlan unaccepted = example.withAcceptedDeviations(List.of());

    @Test
    void untilItsLastDayRemoteAssistIsWarnedWithTheDateAndTheWayForward() {
        for (LocalDate day : List.of(BEFORE, LAST_DAY)) {
            Problem p = SupportDates.problem(unaccepted, day).orElseThrow();
            assertThat(p.isError()).isFalse();
            assertThat(p.path()).isEqualTo("technicianApp");
            assertThat(p.message()).contains("Dynamics 365 Remote Assist on HoloLens 2 reaches end of support on"
                    + " 2026-12-31", "since 2025-11-01", "applying this plan needs that accepted as a deviation",
                    "spatial annotations in Teams mobile");
        }
    }

    @Test
    void afterItTheRelianceMustBeAcceptedAsADeviation() {
        Problem refused = SupportDates.problem(unaccepted, AFTER).orElseThrow();
        assertThat(refused.isError()).isTrue();
        assertThat(refused.message()).contains("reached end of support on 2026-12-31",
                "acceptedDeviations: \"D365-MR-EOS-2026\"");
        Problem kept = SupportDates.problem(example, AFTER).orElseThrow();
        assertThat(kept.isError()).isFalse();
        assertThat(kept.message()).contains("kept as an accepted deviation (D365-MR-EOS-2026)");
        assertThat(SupportDates.problem(unaccepted.withTechnicianApp(TechnicianApp.GUIDES_HOLOLENS), AFTER)
                .orElseThrow().isError()).isTrue();
    }

    @Test
    void teamsAppsHaveNoEndToSpeakOf() {
        for (TechnicianApp app : List.of(TechnicianApp.TEAMS_MOBILE, TechnicianApp.TEAMS_DESKTOP)) {
            assertThat(SupportDates.problem(unaccepted.withTechnicianApp(app), AFTER)).isEmpty();
        }
    }

    @Test
    void aPlanFromBeforeIsReadAsItsAuthorMeantItWithANote() {
        DeploymentPlan old = unaccepted.withTechnicianApp(null);
        assertThat(old.app()).isEqualTo(TechnicianApp.REMOTE_ASSIST_HOLOLENS);
        assertThat(PlanValidator.validate(old)).anySatisfy(p -> assertThat(p.toString()).startsWith(
                "technicianApp: not set: this plan was written when TenantBridge served Remote Assist alone"));
        DeploymentPlan mobile = old.withAnswers(old.answers().with(Question.TECHNICIANS_ON_MOBILE, Answer.YES));
        assertThat(mobile.app()).isEqualTo(TechnicianApp.TEAMS_MOBILE);
        assertThat(PlanValidator.validate(mobile)).anySatisfy(p -> assertThat(p.message()).contains(
                "\u201cmobile\u201d meant Remote Assist mobile, retired on 2025-03-25"));
        assertThat(PlanValidator.validate(example)).noneMatch(p -> p.path().equals("technicianApp"));
    }

    @Test
    void aNewPlanStartsOnTeamsMobileAndTheFieldIsWrittenAndRead() {
        assertThat(DeploymentPlan.empty().app()).isEqualTo(TechnicianApp.TEAMS_MOBILE);
        String json = PlanJson.write(example.withTechnicianApp(TechnicianApp.TEAMS_MOBILE));
        assertThat(json).contains("\"technicianApp\" : \"teamsMobile\"");
        assertThat(PlanJson.read(json).plan().technicianApp()).isEqualTo(TechnicianApp.TEAMS_MOBILE);
    }
}
