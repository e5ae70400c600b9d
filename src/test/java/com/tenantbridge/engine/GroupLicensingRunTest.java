package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.LicensingChoice;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.plan.OnboardingPlans;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large vendor onboarding licenses its accounts through one security group on a tenant with Entra ID P1: each
 * account costs about one write (its creation) plus its share of twenty-member PATCHes, Entra passes the licences
 * on, nothing is left to plan afterwards, and a rollback leaves the tenant as it was. Per-user licensing stays
 * available and costs a write per licence.
 */
class GroupLicensingRunTest {

    private static final int N = 60;
    private static final UUID RA = UUID.fromString(LicenceSku.NEW_ACCOUNTS.skuId());
    private static final UUID E5 = UUID.fromString(LicenceSku.SPE_E5.skuId());

    @TempDir
    Path dir;

    private EngineFixture fx;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    private ApplyResult apply(DeploymentPlan plan, PlanResult planned, Path journal) throws Exception {
        try (Journal j = Journal.open(journal); CredentialsHandout h = CredentialsHandout.open(dir.resolve("h.csv"))) {
            return new Applier().apply(plan, planned, fx.connections, new Applier.Options(j, h, () -> false,
                    new Backoff(50, 20_000, () -> false), ApplyListener.NONE));
        }
    }

    @Test
    void aLargeOnboardingIsLicensedByGroupWithAboutOneWritePerAccountAndRollsBackClean() throws Exception {
        fx = new EngineFixture(dir, DemoOptions.inMemory().withReplicationLag(100));
        fx.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), N + 10);
        fx.seats("abc.com", "SPE_E5", N + 20);
        String before = TenantDigest.of(fx.server.graphBaseUrl(), "abc.com");
        DeploymentPlan plan = OnboardingPlans.generate(N, 3);
        PlanResult planned = fx.plan(plan);
        assertThat(planned.changes()).filteredOn(c -> c.kind() == ChangeKind.ASSIGN_LICENSE).isEmpty();
        assertThat(planned.changes()).filteredOn(c -> c.kind() == ChangeKind.ASSIGN_GROUP_LICENSE).hasSize(1);
        DemoTenantServer.Traffic start = fx.server.traffic();
        fx.server.onGraphCall(call -> calls.merge(call.replaceAll("/[0-9a-f-]{36}", "/{id}")
                .replaceAll("/[^/]+@abc.com", "/{upn}"), 1, Integer::sum));
        ApplyResult result = apply(plan, planned, dir.resolve("run.jsonl"));
        DemoTenantServer.Traffic end = fx.server.traffic();
        assertThat(result.succeeded()).as("%s", result.outcomes()).isTrue();
        assertThat(end.refusedBatches() - start.refusedBatches()).isZero();
        long onboardingWrites = end.writes() - start.writes();
        // Setup writes (segment groups, the licensing group) are a handful; the accounts dominate.
        assertThat(onboardingWrites).as("writes for %s accounts: %s", N, calls).isLessThanOrEqualTo((long) (N * 1.5));

        TenantPorts abc = fx.connections.ports("abc.com").orElseThrow();
        Map<String, DirectoryUser> users = abc.directory().findUsers(plan.vendors().accounts().stream()
                .map(a -> a.userPrincipalName()).toList());
        assertThat(users.values()).hasSize(N).allSatisfy(u -> assertThat(u.licenses()).as(u.userPrincipalName())
                .contains(RA, E5));
        assertThat(fx.plan(plan).changes()).as("nothing left to do").isEmpty();

        Path journal = dir.resolve("run.jsonl");
        DemoTenantServer.Traffic undoStart = fx.server.traffic();
        try (Journal out = Journal.open(journal)) {
            assertThat(new Rollback().rollback(Journal.verify(journal), fx.connections, out))
                    .allSatisfy(o -> assertThat(o.undone()).as("%s", o.message()).isTrue());
        }
        assertThat(TenantDigest.of(fx.server.graphBaseUrl(), "abc.com")).isEqualTo(before);
        long undoWrites = fx.server.traffic().writes() - undoStart.writes();
        // One DELETE per account takes its licences and memberships along; the groups and barriers are a handful.
        assertThat(undoWrites).as("rollback writes for %s accounts", N).isLessThanOrEqualTo((long) (N * 1.5));
        assertThat(fx.server.traffic().refusedBatches()).isZero();
    }

    @Test
    void perUserLicensingIsStillThereWhenChosenAndFewAccountsStayPerUser() throws Exception {
        fx = new EngineFixture(dir, DemoOptions.inMemory());
        fx.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), N + 10);
        fx.seats("abc.com", "SPE_E5", N + 20);
        DeploymentPlan plan = OnboardingPlans.generate(N, 3);
        PlanResult byUser = new Planner(LicensingChoice.USER).plan(plan, fx.connections);
        assertThat(byUser.changes()).filteredOn(c -> c.kind() == ChangeKind.ASSIGN_LICENSE).hasSize(2 * N);
        assertThat(byUser.changes()).filteredOn(c -> c.kind() == ChangeKind.ASSIGN_GROUP_LICENSE).isEmpty();
        assertThat(apply(plan, byUser, dir.resolve("user.jsonl")).succeeded()).isTrue();
        assertThat(new Planner(LicensingChoice.USER).plan(plan, fx.connections).changes()).isEmpty();

        DeploymentPlan few = OnboardingPlans.generate(LicensingChoice.GROUP_FROM - 1, 2);
        assertThat(fx.plan(few).changes()).as("below twenty accounts a licensing group saves nothing")
                .filteredOn(c -> c.kind() == ChangeKind.ASSIGN_GROUP_LICENSE).isEmpty();
    }

    @Test
    void aTenantWithoutEntraIdP1IsNotLicensedByGroup() {
        List<com.tenantbridge.service.port.SkuInfo> noP1 = List.of(new com.tenantbridge.service.port.SkuInfo(RA,
                "MICROSOFT_REMOTE_ASSIST", 10, 0, List.of("MICROSOFT_REMOTE_ASSIST", "TEAMS1")));
        assertThat(LicensingChoice.qualifiesForGroupLicensing(noP1)).isFalse();
        assertThat(LicensingChoice.qualifiesForGroupLicensing(List.of(new com.tenantbridge.service.port.SkuInfo(E5,
                "SPE_E5", 10, 0, List.of("AAD_PREMIUM", "TEAMS1"))))).isTrue();
        // concept-group-based-licensing also names Office 365 E3 and Microsoft 365 Business Premium, whatever
        // their plans; one qualifying seat is needed "for every user who benefits".
        var e3 = new com.tenantbridge.service.port.SkuInfo(UUID.randomUUID(), "ENTERPRISEPACK", 25, 5,
                List.of("TEAMS1", "EXCHANGE_S_ENTERPRISE"));
        assertThat(LicensingChoice.qualifiesForGroupLicensing(List.of(e3))).isTrue();
        assertThat(LicensingChoice.qualifyingSeats(List.of(e3, noP1.get(0)))).isEqualTo(25);
    }

    @Test
    void tooFewQualifyingSeatsForTheAccountsKeepLicencesPerUser() throws Exception {
        fx = new EngineFixture(dir, DemoOptions.inMemory());
        fx.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), N + 10);
        // SPE_E5 is abc's only suite with Entra ID P1: fewer seats than the accounts the group would license.
        fx.seats("abc.com", "SPE_E5", N - 1);
        DeploymentPlan plan = OnboardingPlans.generate(N, 3);
        assertThat(fx.plan(plan).changes()).extracting(c -> c.kind()).doesNotContain(ChangeKind.ASSIGN_GROUP_LICENSE)
                .contains(ChangeKind.ASSIGN_LICENSE);
    }

    @Test
    void accountsEntraHasNotLicensedYetLeaveTheGroupsLicencesToDo() throws Exception {
        fx = new EngineFixture(dir, DemoOptions.inMemory());
        fx.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), N + 10);
        fx.seats("abc.com", "SPE_E5", N + 20);
        // Entra takes ten minutes here; the run waits a moment only, then says the licences are still on their way.
        var faults = java.net.http.HttpRequest.newBuilder(java.net.URI.create(fx.server.graphBaseUrl()
                .replace("/v1.0", "/_demo/faults"))).method("PATCH", java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"groupLicensingMs\":600000}")).header("Content-Type", "application/json").build();
        assertThat(java.net.http.HttpClient.newHttpClient().send(faults, java.net.http.HttpResponse.BodyHandlers
                .discarding()).statusCode()).isEqualTo(200);
        DeploymentPlan plan = OnboardingPlans.generate(N, 3);
        ApplyResult applied;
        try (Journal j = Journal.open(dir.resolve("slow.jsonl"));
                CredentialsHandout h = CredentialsHandout.open(dir.resolve("slow.csv"))) {
            applied = new Applier().apply(plan, fx.plan(plan), fx.connections, new Applier.Options(j, h, () -> false,
                    new Backoff(50, 300, () -> false), ApplyListener.NONE));
        }
        assertThat(applied.outcomes()).filteredOn(o -> o.change().kind() == ChangeKind.ASSIGN_GROUP_LICENSE)
                .singleElement().satisfies(o -> assertThat(o.result().note())
                        .contains("still passing the licences on"));
        assertThat(fx.plan(plan).changes()).as("verify must not call this done while accounts lack their licences")
                .extracting(c -> c.kind()).contains(ChangeKind.ASSIGN_GROUP_LICENSE);
    }
}
