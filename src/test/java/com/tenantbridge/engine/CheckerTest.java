package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Checker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check reads real state from the demo tenant and can fail. */
class CheckerTest {

    @TempDir
    Path dir;

    private EngineFixture f;
    private final Checker checker = new Checker(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void start() throws Exception {
        f = new EngineFixture(dir, DemoOptions.inMemory());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static DeploymentPlan edit(Scenario scenario, String from, String to) {
        String json = PlanJson.write(EngineFixture.example(scenario));
        assertThat(json).contains(from);
        return PlanJson.read(json.replace(from, to)).plan();
    }

    private CheckResult result(List<CheckResult> checks, String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theExamplesHaveNoFailingCheck() {
        for (Scenario s : Scenario.values()) {
            assertThat(checker.check(EngineFixture.example(s), f.connections)).as(s.name())
                    .noneMatch(c -> c.status() == CheckStatus.FAIL);
        }
    }

    @Test
    void aGlobalMeetingPolicyBreaksMaesterMt1046() {
        DeploymentPlan plan = edit(Scenario.ANONYMOUS_JOIN, "\"name\" : \"RA-Anon\"", "\"name\" : \"Global\"");
        CheckResult r = result(checker.check(plan, f.connections), "ANON-03");
        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.rule()).isEqualTo(Checker.MAESTER_MT_1046);
        assertThat(r.fix()).contains("named meeting policy");
    }

    @Test
    void aNamedPolicyIsAnAcceptedDeviationOnlyWhenThePlanRecordsTheAcceptance() {
        DeploymentPlan plan = EngineFixture.example(Scenario.ANONYMOUS_JOIN);
        CheckResult r = result(checker.check(plan, f.connections), "ANON-03");
        assertThat(r.status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.acceptedDeviation()).as("nobody accepted it").isFalse();
        CheckResult accepted = result(checker.check(plan.withAcceptedDeviations(java.util.List.of("MT.1046")),
                f.connections), "ANON-03");
        assertThat(accepted.acceptedDeviation()).isTrue();
    }

    @Test
    void aMeetingInThePastFails() {
        DeploymentPlan plan = edit(Scenario.ANONYMOUS_JOIN, "2027-01-14", "2026-01-14");
        assertThat(result(checker.check(plan, f.connections), "ANON-04").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anOrganizerWithoutAMailboxFails() {
        DeploymentPlan plan = edit(Scenario.ANONYMOUS_JOIN, "\"organizer\" : \"Technician1@abc.com\"",
                "\"organizer\" : \"Nobody@abc.com\"");
        assertThat(result(checker.check(plan, f.connections), "ANON-01").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void tooFewLicencesFailWithTheCounts() throws Exception {
        // Use up ABC's free Remote Assist seats first.
        DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        f.apply(plan, dir.resolve("j.jsonl"), () -> false);
        DeploymentPlan more = PlanJson.read(PlanJson.write(plan).replace("_SA@abc.com", "_SB@abc.com")).plan();
        DeploymentPlan evenMore = PlanJson.read(PlanJson.write(plan).replace("_SA@abc.com", "_SC@abc.com")).plan();
        CheckResult r = result(checker.check(more, f.connections), "VEND-02");
        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.evidence()).contains("SPE_E5: 2 free of 12; the plan needs 4");
        assertThat(f.plan(more).blockers()).singleElement().asString().contains("SPE_E5 has 2 free licences");
        var result = f.apply(more, dir.resolve("j2.jsonl"), () -> false);
        assertThat(result.outcomes()).allMatch(o -> o.status() == com.tenantbridge.service.engine.ChangeOutcome
                .Status.SKIPPED);
        assertThat(f.plan(evenMore).changes()).as("nothing was created").hasSize(f.plan(more).changes().size());
    }

    @Test
    void barrierPrerequisitesAreReadWhereGraphCanAndOtherwiseSayWhichCommandShowsThem() {
        List<CheckResult> checks = checker.check(EngineFixture.example(Scenario.VENDOR_ACCOUNTS), f.connections);
        assertThat(result(checks, "IB-01").status()).as("the seed consented to the barrier processor")
                .isEqualTo(CheckStatus.PASS);
        assertThat(result(checks, "IB-02").status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(result(checks, "IB-02").fix()).contains("Scope directory search", "24 hours");
        assertThat(result(checks, "IB-03").evidence()).contains("Get-AdminAuditLogConfig");
        assertThat(result(checks, "IB-04").evidence()).contains("Get-AddressBookPolicy");
        assertThat(f.connections.ports("contoso1.com").orElseThrow().directory()
                .servicePrincipalPresent("bcf62038-e005-436d-b970-2a472f8c1982")).as("404 where nobody consented")
                .isFalse();
    }

    @Test
    void aPartnerThatIsTheHostsOwnOnmicrosoftDomainFailsAtItsField() {
        // The plan does not name abccorp.onmicrosoft.com, so validate cannot know; the tenant does.
        DeploymentPlan plan = edit(Scenario.FEDERATION, "\"domain\" : \"contoso2.com\"",
                "\"domain\" : \"abccorp.onmicrosoft.com\"");
        assertThat(com.tenantbridge.domain.plan.PlanValidator.validate(plan)).noneMatch(p -> p.isError());
        CheckResult own = result(checker.check(plan, f.connections), "FED-04");
        assertThat(own.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(own.evidence()).startsWith("federation.partners[1].tenant.domain abccorp.onmicrosoft.com: is one of"
                + " ABC's own verified domains");
        assertThat(result(checker.check(EngineFixture.example(Scenario.FEDERATION), f.connections), "FED-04")
                .status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aMissingTeamFails() {
        DeploymentPlan plan = edit(Scenario.GUEST_ACCESS, "\"team\" : \"Remote Assist Experts\"",
                "\"team\" : \"No Such Team\"");
        // One team check per technician tenant, each failing with its reason: an empty list would pass allMatch.
        List<CheckResult> team = checker.check(plan, f.connections).stream().filter(c -> c.id().equals("GUEST-02"))
                .toList();
        assertThat(team).hasSize(plan.guestAccess().targets().size()).isNotEmpty()
                .allMatch(c -> c.status() == CheckStatus.FAIL)
                .allMatch(c -> c.evidence().equals("No team with that name."));
    }

    @Test
    void openingB2bInboundWhileTheDefaultAllowsEveryoneWarnsWithTheRule() {
        CheckResult r = checker.check(EngineFixture.example(Scenario.GUEST_ACCESS), f.connections).stream()
                .filter(c -> c.id().equals("XTA-01")).findFirst().orElseThrow();
        assertThat(r.status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.rule()).isEqualTo(Checker.CISA_AAD_8_3);
    }

    @Test
    void techniciansOnTeamsMobileAreNoLongerRuledOutAndTheirAppIsSupported() {
        // FED-03 failed a "mobile" answer: that was Remote Assist mobile, retired; Teams mobile calls federate.
        DeploymentPlan plan = edit(Scenario.FEDERATION, "\"techniciansOnMobile\" : \"no\"",
                "\"techniciansOnMobile\" : \"yes\"").withTechnicianApp(
                        com.tenantbridge.domain.plan.TechnicianApp.TEAMS_MOBILE);
        List<CheckResult> checks = checker.check(plan, f.connections);
        assertThat(checks).noneMatch(c -> c.id().equals("FED-03")).noneMatch(c -> c.status() == CheckStatus.FAIL);
        CheckResult app = result(checks, "APP-01");
        assertThat(app.status()).isEqualTo(CheckStatus.PASS);
        assertThat(app.evidence()).contains("Teams mobile with spatial annotations on a phone or tablet");
        CheckResult remoteAssist = result(checker.check(EngineFixture.example(Scenario.FEDERATION), f.connections),
                "APP-01");
        assertThat(remoteAssist.status()).as("accepted by the example").isEqualTo(CheckStatus.WARN);
        assertThat(remoteAssist.acceptedDeviation()).isTrue();
        assertThat(remoteAssist.evidence()).contains("Support ends on 2026-12-31");
    }
}
