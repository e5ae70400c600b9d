package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.plan.OnboardingPlans;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Onboarding 200 accounts through JSON batches on the demo tenant, with faults on, and a cancel-and-resume. */
class BulkOnboardingTest {

    static final int N = 200;
    /** The random cancel points of the tests below; fixed unless -Dtenantbridge.seed is given. */
    static final long SEED = Long.getLong("tenantbridge.seed", 20261128L);
    static final int COMPANIES = 5;

    @TempDir
    Path dir;

    private EngineFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    private void start(DemoOptions options) throws Exception {
        fx = new EngineFixture(dir, options);
        fx.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), N + 10);
        fx.seats("abc.com", "SPE_E5", N + 20);
    }

    private ApplyResult apply(DeploymentPlan plan, Path journal, Path handout, ApplyListener listener,
            java.util.function.BooleanSupplier cancelled) throws Exception {
        try (Journal j = Journal.open(journal); CredentialsHandout h = CredentialsHandout.open(handout)) {
            return new Applier().apply(plan, fx.plan(plan), fx.connections, new Applier.Options(j, h, cancelled,
                    new Backoff(50, 20_000, cancelled), listener));
        }
    }

    /** Every account exists once, holds both licences, and is in its company's segment group. */
    private void assertOnboarded(DeploymentPlan plan, Path... handouts) throws Exception {
        TenantPorts abc = fx.connections.ports("abc.com").orElseThrow();
        List<String> upns = plan.vendors().accounts().stream().map(a -> a.userPrincipalName()).toList();
        Map<String, DirectoryUser> users = abc.directory().findUsers(upns);
        assertThat(users).hasSize(N);
        for (DirectoryUser u : users.values()) {
            assertThat(u.licenses()).as(u.userPrincipalName()).containsExactlyInAnyOrder(
                    java.util.UUID.fromString(LicenceSku.NEW_ACCOUNTS.skuId()),
                    java.util.UUID.fromString(LicenceSku.SPE_E5.skuId()));
        }
        Set<String> grouped = new HashSet<>();
        for (int c = 1; c <= COMPANIES; c++) {
            String group = abc.directory().findGroupByName("V" + c + "_RemoteAssistUser").orElseThrow().id();
            grouped.addAll(abc.directory().groupMemberIds(group));
        }
        assertThat(grouped)
                .containsExactlyInAnyOrderElementsOf(users.values().stream().map(DirectoryUser::id).toList());
        List<CredentialsHandout.Row> rows = new java.util.ArrayList<>();
        for (Path handout : handouts) {
            rows.addAll(CredentialsHandout.rows(handout));
        }
        assertThat(rows).as("one password per account, none twice").hasSize(N);
        assertThat(rows.stream().map(CredentialsHandout.Row::userPrincipalName).distinct()).hasSize(N);
        PlanResult again = fx.plan(plan);
        assertThat(again.changes()).filteredOn(c -> c.kind() == ChangeKind.CREATE_USER
                || c.kind() == ChangeKind.ASSIGN_LICENSE || c.kind() == ChangeKind.ADD_GROUP_MEMBER).isEmpty();
    }

    @Test
    void twoHundredAccountsWithFaultsOnEndCompleteWithNothingTwice() throws Exception {
        start(DemoOptions.inMemory().withLatency(5, 5).withThrottling(0.05, 0.02, 0).withReplicationLag(150));
        DeploymentPlan plan = OnboardingPlans.generate(N, COMPANIES);
        Path handout = dir.resolve("handout.csv");
        // What the planner asks of the fresh tenant; afterwards the tenant has it all and it asks less.
        int planned = fx.plan(plan).changes().size();
        ApplyResult result = apply(plan, dir.resolve("run.jsonl"), handout, ApplyListener.NONE, () -> false);
        assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.status()).as("%s: %s", o.change().summary(),
                o.message()).isEqualTo(ChangeOutcome.Status.DONE));
        assertThat(result.outcomes()).as("one outcome per planned change").hasSize(planned);
        assertOnboarded(plan, handout);
        List<JournalEntry> journal = Journal.read(dir.resolve("run.jsonl"));
        assertThat(journal.stream().filter(e -> e.status() == JournalEntry.Status.DONE
                && e.kind().equals("CREATE_USER")).count()).isEqualTo(N);
    }

    @Test
    void aRunCancelledAtARandomPointResumesWithNothingDoneTwice() throws Exception {
        start(DemoOptions.inMemory().withLatency(2, 2).withReplicationLag(50));
        DeploymentPlan plan = OnboardingPlans.generate(N, COMPANIES);
        // Seeded, so a failure can be replayed: -Dtenantbridge.seed=N picks another point.
        int stopAfter = 50 + new java.util.Random(SEED).nextInt(N * 2);
        AtomicInteger finished = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        ApplyListener listener = new ApplyListener() {
            @Override
            public void finished(ChangeOutcome outcome, int index, int total) {
                if (finished.incrementAndGet() >= stopAfter) {
                    cancelled.set(true);
                }
            }
        };
        Path first = dir.resolve("first.csv");
        ApplyResult stopped = apply(plan, dir.resolve("run.jsonl"), first, listener, cancelled::get);
        assertThat(stopped.count(ChangeOutcome.Status.CANCELLED)).as("cancelled after %s (seed %s)", stopAfter,
                SEED).isPositive();
        assertThat(stopped.outcomes()).filteredOn(o -> o.status() == ChangeOutcome.Status.FAILED)
                .extracting(o -> o.change().summary() + ": " + o.message()).isEmpty();

        Path second = dir.resolve("second.csv");
        ApplyResult resumed = apply(plan, dir.resolve("run.jsonl"), second, ApplyListener.NONE, () -> false);
        assertThat(resumed.succeeded()).isTrue();
        assertThat(resumed.outcomes().stream().filter(o -> o.change().kind() == ChangeKind.CREATE_USER).count()
                + stopped.outcomes().stream().filter(o -> o.change().kind() == ChangeKind.CREATE_USER
                        && o.status() == ChangeOutcome.Status.DONE).count()).isEqualTo(N);
        assertOnboarded(plan, first, second);
    }

    @Test
    void rollingBackTwoHundredAccountsSideBySideCancelledOnceLeavesTheTenantAsBefore() throws Exception {
        start(DemoOptions.inMemory().withLatency(2, 2).withThrottling(0.03, 0.01, 0));
        String before = TenantDigest.of(fx.server.graphBaseUrl(), "abc.com");
        DeploymentPlan plan = OnboardingPlans.generate(N, COMPANIES);
        Path journal = dir.resolve("run.jsonl");
        assertThat(apply(plan, journal, dir.resolve("handout.csv"), ApplyListener.NONE, () -> false).succeeded())
                .isTrue();
        int total = com.tenantbridge.service.engine.Rollback.pending(Journal.verify(journal));
        int stopAfter = 100 + new java.util.Random(SEED).nextInt(total - 200);
        AtomicInteger heard = new AtomicInteger();
        java.util.Set<Integer> indexes = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<com.tenantbridge.service.engine.Rollback.Outcome> first;
        try (Journal out = Journal.open(journal)) {
            first = new com.tenantbridge.service.engine.Rollback().rollback(Journal.verify(journal), fx.connections,
                    out,
                    (o, index, of) -> {
                        indexes.add(index);
                        heard.incrementAndGet();
                    }, () -> heard.get() >= stopAfter);
        }
        // Accounts go twenty to a batch, four batches at once, each account with its lines (creation, licences,
        // memberships): cancel stops the next batch, those on the wire finish.
        assertThat(first).as("stopped after %s (seed %s)", stopAfter, SEED).hasSizeBetween(stopAfter, stopAfter
                + 4 * 20 * 4)
                .allSatisfy(o -> assertThat(o.undone()).as("%s", o.message()).isTrue());
        assertThat(indexes).as("each index heard once, in order of finishing").hasSize(first.size())
                .allSatisfy(i -> assertThat(i).isBetween(0, first.size() - 1));
        int left = com.tenantbridge.service.engine.Rollback.pending(Journal.verify(journal));
        assertThat(left).isEqualTo(total - first.size());

        try (Journal out = Journal.open(journal)) {
            assertThat(new com.tenantbridge.service.engine.Rollback().rollback(Journal.verify(journal), fx.connections,
                    out)).hasSize(left).allSatisfy(o -> assertThat(o.undone()).as("%s", o.message()).isTrue());
        }
        assertThat(TenantDigest.of(fx.server.graphBaseUrl(), "abc.com")).isEqualTo(before);
    }
}
