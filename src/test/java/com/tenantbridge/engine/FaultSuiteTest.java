package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.check.Checker;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.plan.OnboardingPlans;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario under each kind of trouble the cloud gives: the run must end with the tenant as a clean run
 * leaves it (nothing lost, nothing twice) and a journal that accounts for every change once.
 */
class FaultSuiteTest {

    /**
     * A fault, and how often (and how many times) it is set off again while the run goes on. Bursts are three
     * refusals (Retry-After 1 s) every 4 s; six dropped connections, 150 ms apart. Re-armed faster than a client's
     * retries, or without end, either would be an outage, not a burst.
     */
    enum Fault {
        LATENCY_SPIKES(DemoOptions.inMemory().withLatency(2, 400), null, 0, 0),
        BURSTS_WITH_RETRY_AFTER(DemoOptions.inMemory().withLatency(2, 2),
                "{\"throttleNext\":2,\"unavailableNext\":1,\"retryAfterSeconds\":1}", 4000, 100),
        REPLICATION_LAG(DemoOptions.inMemory().withLatency(2, 2).withReplicationLag(700), null, 0, 0),
        CONNECTION_RESET(DemoOptions.inMemory().withLatency(2, 2), "{\"dropNext\":1}", 150, 6);

        final DemoOptions options;
        final String rearm;
        final long everyMs;
        final int times;

        Fault(DemoOptions options, String rearm, long everyMs, int times) {
            this.options = options;
            this.rearm = rearm;
            this.everyMs = everyMs;
            this.times = times;
        }
    }

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            for (Fault f : Fault.values()) {
                all.add(Arguments.of(s.name(), f));
            }
        }
        // Enough accounts for several JSON batches, so a reset lands in the middle of one.
        all.add(Arguments.of("VENDOR_ACCOUNTS_IN_BATCHES", Fault.CONNECTION_RESET));
        all.add(Arguments.of("VENDOR_ACCOUNTS_IN_BATCHES", Fault.BURSTS_WITH_RETRY_AFTER));
        return all.stream();
    }

    private static DeploymentPlan plan(String name) {
        return name.equals("VENDOR_ACCOUNTS_IN_BATCHES") ? OnboardingPlans.generate(60, 3)
                : EngineFixture.example(Scenario.valueOf(name));
    }

    private static String digest(EngineFixture f, DeploymentPlan plan) throws Exception {
        List<String> parts = new ArrayList<>();
        for (String tenant : Checker.tenants(plan)) {
            parts.add("== " + tenant + "\n" + TenantDigest.of(f.server.graphBaseUrl(), tenant));
        }
        return String.join("\n", parts);
    }

    private static EngineFixture fixture(Path dir, DemoOptions options, DeploymentPlan plan) throws Exception {
        EngineFixture f = new EngineFixture(dir, options);
        if (plan.vendors() != null && plan.vendors().accounts().size() > 10) {
            f.seats("abc.com", plan.vendors().licence().partNumber(), 100);
            f.seats("abc.com", "SPE_E5", 100);
        }
        return f;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void endsAsACleanRunWould(String name, Fault fault) throws Exception {
        DeploymentPlan plan = plan(name);
        String clean;
        try (EngineFixture f = fixture(dir.resolve("clean"), DemoOptions.inMemory(), plan)) {
            assertThat(f.apply(plan, dir.resolve("clean.jsonl"), () -> false).succeeded()).isTrue();
            assertThat(f.plan(plan).changes()).as("left to do after a clean run").isEmpty();
            clean = digest(f, plan);
        }
        try (EngineFixture f = fixture(dir.resolve("faulty"), fault.options, plan)) {
            List<String> planned = f.plan(plan).changes().stream().map(Change::id).toList();
            ScheduledExecutorService trouble = Executors.newSingleThreadScheduledExecutor();
            if (fault.rearm != null) {
                java.util.concurrent.atomic.AtomicInteger armed = new java.util.concurrent.atomic.AtomicInteger();
                trouble.scheduleWithFixedDelay(() -> {
                    if (armed.incrementAndGet() <= fault.times) {
                        faults(f, fault.rearm);
                    }
                }, 0, fault.everyMs, TimeUnit.MILLISECONDS);
            }
            Path journal = dir.resolve("faulty.jsonl");
            ApplyResult result;
            try {
                result = f.apply(plan, journal, () -> false);
            } finally {
                trouble.shutdownNow();
                trouble.awaitTermination(5, TimeUnit.SECONDS);
                faults(f, "{\"throttleNext\":0,\"unavailableNext\":0,\"dropNext\":0}");
            }
            assertThat(result.outcomes().stream().filter(o -> !o.ok()).map(o -> o.change().id() + " " + o.status()
                    + ": " + o.message())).as("changes not done").isEmpty();
            assertThat(f.plan(plan).changes()).as("left to do").isEmpty();
            assertThat(digest(f, plan)).isEqualTo(clean);
            JournalCheck.consistent(journal, planned);
            if (plan.vendors() != null) {
                // Every new account's password is handed out once, including one whose creation lost its answer.
                long creates = planned.stream().filter(id -> id.contains("/create_user/")).count();
                List<String> rows = CredentialsHandout.rows(f.dir.resolve("credentials.csv")).stream()
                        .map(r -> r.userPrincipalName().toLowerCase(java.util.Locale.ROOT)).toList();
                assertThat(rows).as("handout rows").hasSize((int) creates).doesNotHaveDuplicates();
            }
        }
    }

    private static void faults(EngineFixture f, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(f.server.graphBaseUrl()
                    .replace("/v1.0", "/_demo/faults"))).method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json").build();
            HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
