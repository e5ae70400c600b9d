package com.tenantbridge.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioCatalogTest {

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyScenarioHasFactsInEveryCategory(Scenario scenario) {
        ScenarioFacts facts = ScenarioCatalog.facts(scenario);
        assertThat(facts.scenario()).isEqualTo(scenario);
        assertThat(facts.fits()).isNotEmpty();
        assertThat(facts.prerequisites()).isNotEmpty();
        assertThat(facts.limits()).isNotEmpty();
        assertThat(facts.pros()).isNotEmpty();
        assertThat(facts.cons()).isNotEmpty();
        assertThat(facts.stepsForPeople()).isNotEmpty();
        assertThat(facts.capabilities()).containsOnlyKeys(Capability.values());
    }

    @Test
    void teamsMobileTechniciansAreCarriedByEveryScenarioWithTheAnnotationLicenceSaid() {
        for (Scenario s : Scenario.values()) {
            Support teamsMobile = ScenarioCatalog.facts(s).support(Capability.TEAMS_MOBILE_TECHNICIAN);
            assertThat(teamsMobile.level()).as(s.name()).isEqualTo(Support.Level.YES);
            assertThat(teamsMobile.fact().source()).as(s.name()).isEqualTo(Source.TEAMS_ANNOTATIONS);
            assertThat(teamsMobile.fact().source().url()).isEqualTo(
                    "https://learn.microsoft.com/dynamics365/field-service/annotate-teams-mobile");
        }
        assertThat(ScenarioCatalog.facts(Scenario.FEDERATION).support(Capability.TEAMS_MOBILE_TECHNICIAN).fact()
                .text()).contains("on a one-time basis");
        assertThat(Capability.REMOTE_ASSIST_HOLOLENS.label()).contains("support ends 2026-12-31");
    }

    @Test
    void federationListsItsDocumentedLimits() {
        assertThat(ScenarioCatalog.facts(Scenario.FEDERATION).limits()).contains(
                ScenarioCatalog.ANNOTATIONS_ONE_LICENCE,
                ScenarioCatalog.FEDERATION_NO_GROUP_CALLS_OR_FILES,
                ScenarioCatalog.FEDERATION_FULL_EMAIL,
                ScenarioCatalog.FEDERATION_WHOLE_TENANT);
    }

    @Test
    void guestAccessWarnsThatRemoteAssistWorksInOneTenantOnly() {
        assertThat(ScenarioCatalog.facts(Scenario.GUEST_ACCESS).limits())
                .anyMatch(f -> f.text().contains("one tenant only"));
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void jsonNameMatchesTheNameJacksonWrites(Scenario scenario) throws Exception {
        String json = new ObjectMapper().writeValueAsString(scenario);
        assertThat(json).isEqualTo("\"" + scenario.jsonName() + "\"");
        assertThat(Scenario.fromJsonName(scenario.jsonName())).contains(scenario);
    }
}
