package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private static List<String> lines(PlanLoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void roundTripsAPlanWithAnswers() {
        DeploymentPlan plan = DeploymentPlan.empty()
                .withName("Round trip")
                .withScenario(Scenario.FEDERATION)
                .withHostTenant(TenantRef.of("ABC", "abc.com"))
                .withAnswers(com.tenantbridge.domain.recommend.Answers.none()
                        .with(Question.ONE_OFF_EXPERT, Answer.NO));
        String json = PlanJson.write(plan);
        assertThat(json).contains("\"schemaVersion\" : 1").contains("\"oneOffExpert\" : \"no\"")
                .contains("\"scenario\" : \"federation\"");
        assertThat(PlanJson.read(json).plan()).isEqualTo(plan);
    }

    @Test
    void namesEveryUnknownFieldWithItsPathAndASuggestion() {
        String json = """
                {"schemaVersion":1,"name":"x","scenario":"vendorAccounts","hostTenant":{"name":"ABC","domain":"abc.com",
                 "colour":"red"},
                 "vendors":{"licence":"MICROSOFT_REMOTE_ASSIST","accounts":[
                   {"displayName":"A","userPrincipalName":"a@abc.com","contactEmail":"a@v.com","company":"V",
                    "usageLocation":"US"},
                   {"displayName":"B","userPrincipalName":"b@abc.com","contactEmial":"b@v.com","company":"V",
                    "usageLocation":"US"}]},
                 "extra":{"nested":[1,2]}}
                """;
        PlanLoadResult result = PlanJson.read(json);
        assertThat(lines(result)).contains(
                "hostTenant.colour: unknown field; known fields: additionalDomains, domain, name, tenantId",
                "vendors.accounts[1].contactEmial: unknown field; did you mean \u201ccontactEmail\u201d?",
                "extra: unknown field; known fields: acceptedDeviations, anonymousJoin, answers, confirmedNarrowing, federation, guestAccess, hostTenant,"
                        + " name, planId, scenario, schemaVersion, technicianApp, vendors");
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void refusesANewerSchemaVersionClearly() {
        PlanLoadResult result = PlanJson.read("{\"schemaVersion\": 2, \"name\": \"future\"}");
        assertThat(result.plan()).isNull();
        assertThat(lines(result)).containsExactly(
                "schemaVersion: 2 is newer than this TenantBridge reads (up to 1); open the plan with a newer"
                        + " TenantBridge");
    }

    @Test
    void refusesAMissingOrNonNumericSchemaVersion() {
        assertThat(lines(PlanJson.read("{\"name\":\"x\"}"))).singleElement().asString()
                .startsWith("schemaVersion: missing");
        assertThat(lines(PlanJson.read("{\"schemaVersion\":\"1\"}"))).singleElement().asString()
                .isEqualTo("schemaVersion: expected a whole number, found the text \u201c1\u201d");
    }

    @Test
    void reportsMalformedJsonWithItsLine() {
        PlanLoadResult result = PlanJson.read("{\n \"schemaVersion\": 1,\n \"name\": \"x\",,\n}");
        assertThat(result.plan()).isNull();
        assertThat(lines(result)).singleElement().asString().startsWith("(plan): not valid JSON at line 3");
    }

    @Test
    void refusesNonObjectsAndEmptyFiles() {
        assertThat(lines(PlanJson.read("[1,2]"))).containsExactly("(plan): a plan is a JSON object, not a list");
        assertThat(lines(PlanJson.read("  "))).containsExactly("(plan): the file is empty; a plan is a JSON object");
    }

    @Test
    void namesAnUnknownScenarioAndEnumValues() {
        String json = """
                {"schemaVersion":1,"name":"x","scenario":"teleport","hostTenant":{"name":"ABC","domain":"abc.com"},
                 "federation":{"mode":"everyone","partners":[]}}
                """;
        assertThat(lines(PlanJson.read(json))).contains(
                "scenario: \u201cteleport\u201d is not one of: federation, guestAccess, vendorAccounts, anonymousJoin",
                "federation.mode: \u201ceveryone\u201d is not one of: open, allowSpecific, blockSpecific");
    }

    @Test
    void collectsSeveralTypeErrorsInOnePass() {
        String json = """
                {"schemaVersion":1,"name":"x","scenario":"vendorAccounts",
                 "hostTenant":{"name":"ABC","domain":"abc.com"},
                 "vendors":{"licence":"MICROSOFT_REMOTE_ASSIST","accounts":{"displayName":"A"},
                   "informationBarriers":{"attribute":"memberOf","licence":"SPE_E5","segments":"all","policies":[]}}}
                """;
        PlanLoadResult result = PlanJson.read(json);
        assertThat(lines(result)).contains(
                "vendors.accounts: expected a list, found an object",
                "vendors.informationBarriers.segments: expected a list, found text");
    }

    @Test
    void reportsABadDateTimeByPath() {
        String json = """
                {"schemaVersion":1,"name":"x","scenario":"anonymousJoin","hostTenant":{"name":"ABC","domain":"abc.com"},
                 "anonymousJoin":{"meeting":{"start":"tomorrow at nine"}}}
                """;
        assertThat(lines(PlanJson.read(json))).contains("anonymousJoin.meeting.start: \u201ctomorrow at nine\u201d is"
                + " not a date and time (expected e.g. 2026-12-01T09:00:00)");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "{\"schemaVersion\":1,\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
        PlanLoadResult result = PlanJson.read(deep);
        assertThat(result.plan()).isNull();
        assertThat(lines(result)).singleElement().asString().contains("not valid JSON");
    }

    @Test
    void refusesAHugeFileBeforeParsing() {
        String huge = "{\"schemaVersion\":1,\"name\":\"" + "x".repeat(PlanJson.MAX_CHARS) + "\"}";
        assertThat(lines(PlanJson.read(huge))).singleElement().asString().contains("a plan is at most 5 MB");
    }

    @Test
    void keepsNullListElementsSoTheValidatorCanNameThem() {
        String json = """
                {"schemaVersion":1,"name":"x","scenario":"federation","hostTenant":{"name":"ABC","domain":"abc.com"},
                 "federation":{"mode":"allowSpecific","partners":[null]}}
                """;
        assertThat(lines(PlanJson.read(json))).contains("federation.partners[0]: required");
    }
}
