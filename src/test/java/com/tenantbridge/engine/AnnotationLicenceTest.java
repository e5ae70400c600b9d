package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.intent.Intent;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.TechnicianApp;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.check.Verifier;
import com.tenantbridge.service.plan.ExamplePlans;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Licences as the tenant holds them: a vendor account's licence judged by the service plans of the tenant's SKU,
 * its seats with the subscription's end, and each technician-expert pair's annotation licence in Checks and Verify.
 */
class AnnotationLicenceTest {

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

    private static DeploymentPlan teamsVendors() {
        return ExamplePlans.load(ExamplePlans.forNewPlan(Scenario.VENDOR_ACCOUNTS)).plan();
    }

    private static DeploymentPlan edit(DeploymentPlan plan, String from, String to) {
        String json = PlanJson.write(plan);
        assertThat(json).contains(from);
        return PlanJson.read(json.replace(from, to)).plan();
    }

    private static List<CheckResult> titled(List<CheckResult> checks, String part) {
        return checks.stream().filter(c -> c.title().contains(part)).toList();
    }

    private static CheckResult only(List<CheckResult> checks, String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theTeamsMobileVendorExampleUsesALicenceThatCanBeBoughtAndEveryPairCanAnnotate() {
        DeploymentPlan plan = teamsVendors();
        assertThat(plan.app()).isEqualTo(TechnicianApp.TEAMS_MOBILE);
        assertThat(plan.vendors().licence().endsWithRemoteAssist()).isFalse();
        List<CheckResult> checks = checker.check(plan, f.connections);
        assertThat(checks).noneMatch(c -> c.status() == CheckStatus.FAIL);
        CheckResult seats = only(checks, "VEND-01");
        assertThat(seats.status()).isEqualTo(CheckStatus.PASS);
        assertThat(seats.evidence()).contains("SPE_F1: 25 free of 25", "seats last until 2027-06-30");
        List<CheckResult> annotate = titled(checks, "can annotate");
        assertThat(annotate).hasSize(3).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.evidence()).contains("Expert", "Dynamics 365 Field Service", "one-time basis");
        });
    }

    @Test
    void anExpertWithoutFieldServiceBreaksThePairBeforeAnythingIsApplied() {
        DeploymentPlan plan = edit(teamsVendors(), "\"members\" : [ \"Expert2@abc.com\" ]",
                "\"members\" : [ \"Engineer2@abc.com\" ]");
        List<CheckResult> annotate = titled(checker.check(plan, f.connections), "can annotate");
        CheckResult vendor2 = annotate.stream().filter(c -> c.title().startsWith("Vendor2")).findFirst().orElseThrow();
        assertThat(vendor2.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(vendor2.evidence()).contains("Engineer2@abc.com", "no one on their calls can annotate");
        assertThat(vendor2.fix()).contains("vendors.licence");
        assertThat(annotate).filteredOn(c -> c.title().startsWith("Vendor1")).allMatch(c -> c.status()
                == CheckStatus.PASS);
    }

    @Test
    void aLicenceTheCatalogueKnowsOnlyInPartIsJudgedByTheTenantsServicePlans() {
        // The catalogue does not list all of Microsoft 365 E5's plans; the tenant's SKU carries Teams and no
        // annotation plan, so the engineers decide, and Engineer2 holds none.
        DeploymentPlan plan = edit(edit(teamsVendors(), "\"licence\" : \"SPE_F1\"", "\"licence\" : \"SPE_E5\""),
                "\"members\" : [ \"Expert2@abc.com\" ]", "\"members\" : [ \"Engineer2@abc.com\" ]");
        assertThat(titled(checker.check(plan, f.connections), "Vendor2's technicians")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
    }

    @Test
    void aLicenceWithoutSeatsNamesTheTenantsOwnAlternatives() throws Exception {
        f.seats("abc.com", "SPE_F1", 2);
        CheckResult seats = only(checker.check(teamsVendors(), f.connections), "VEND-01");
        assertThat(seats.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(seats.evidence()).contains("2 free of 2", "the plan needs 4");
        assertThat(seats.fix()).contains("Microsoft_Teams_Enterprise_New", "until 2027-09-30")
                .doesNotContain("MICROSOFT_REMOTE_ASSIST");
    }

    @Test
    void remoteAssistSeatsAreWarnedWithTheirOwnEndAndTheWayForward() {
        CheckResult seats = only(checker.check(EngineFixture.example(Scenario.VENDOR_ACCOUNTS), f.connections),
                "VEND-01");
        assertThat(seats.status()).isEqualTo(CheckStatus.WARN);
        assertThat(seats.evidence()).contains("cannot be renewed", "2026-12-15");
        assertThat(seats.acceptedDeviation()).as("the example accepts D365-MR-EOS-2026").isTrue();
        assertThat(seats.fix()).contains("SPE_F1");
    }

    @Test
    void anOrganizerWithoutFieldServiceLeavesTheAnonymousExpertUnableToAnnotate() {
        DeploymentPlan example = EngineFixture.example(Scenario.ANONYMOUS_JOIN).withTechnicianApp(
                TechnicianApp.TEAMS_MOBILE);
        // Technician1 holds Remote Assist, which annotates until its end; admin holds only Microsoft 365 E5.
        CheckResult held = titled(checker.check(example, f.connections), "can annotate").get(0);
        assertThat(held.status()).isEqualTo(CheckStatus.PASS);
        assertThat(held.evidence()).contains("Dynamics 365 Remote Assist", "until 2026-12-31", "one-time basis");
        DeploymentPlan plan = edit(example, "\"organizer\" : \"Technician1@abc.com\"",
                "\"organizer\" : \"admin@abc.com\"");
        CheckResult r = titled(checker.check(plan, f.connections), "can annotate").get(0);
        assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(r.evidence()).contains("admin@abc.com", "anonymous expert hold no");
        assertThat(r.fix()).contains("anonymousJoin.meeting.organizer");
    }

    @Test
    void guestExpertsAndFederatedTenantsHoldingFieldServiceAnnotate() {
        for (Scenario s : List.of(Scenario.GUEST_ACCESS, Scenario.FEDERATION)) {
            DeploymentPlan plan = EngineFixture.example(s).withTechnicianApp(TechnicianApp.TEAMS_MOBILE);
            assertThat(titled(checker.check(plan, f.connections), "can annotate")).as(s.name()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        }
    }

    @Test
    void techniciansOnTeamsDesktopAreToldTheirOwnSpaceCannotBeShared() {
        DeploymentPlan plan = teamsVendors().withTechnicianApp(TechnicianApp.TEAMS_DESKTOP);
        List<CheckResult> checks = checker.check(plan, f.connections);
        assertThat(titled(checks, "own space can be annotated")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.WARN);
            assertThat(c.evidence()).contains("ARCore or ARKit");
        });
        assertThat(Intent.intentProblems(plan)).as("said, not refused").isEmpty();
    }

    @Test
    void remoteAssistOnHoloLensIsNotJudgedByAnnotationLicences() {
        assertThat(titled(checker.check(EngineFixture.example(Scenario.ANONYMOUS_JOIN), f.connections),
                "can annotate")).isEmpty();
    }

    @Test
    void aPlanWhoseAnswersSayNobodyCanHoldALicenceIsRefusedAtThatAnswer() {
        DeploymentPlan plan = edit(teamsVendors(), "\"annotationLicence\" : \"yes\"", "\"annotationLicence\" : \"no\"");
        List<Problem> problems = Intent.intentProblems(plan);
        assertThat(problems).extracting(Problem::path).contains("answers.annotationLicence");
        assertThat(Intent.intentProblems(teamsVendors())).as("who holds is not known offline").isEmpty();
    }

    @Test
    void verifyReadsTheAccountsAsTheyAreWhileChecksAssumesThePlansLicence() {
        DeploymentPlan plan = edit(teamsVendors(), "\"members\" : [ \"Expert1@abc.com\" ]",
                "\"members\" : [ \"Engineer1@abc.com\" ]");
        Verifier.Result r = new Verifier().verify(plan, f.connections);
        assertThat(r.items()).filteredOn(c -> c.title().startsWith("Vendor1's technicians")).singleElement()
                .satisfies(c -> assertThat(c.status()).isNotEqualTo(CheckStatus.PASS));
    }
}
