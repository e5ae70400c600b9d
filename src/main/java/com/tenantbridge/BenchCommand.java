package com.tenantbridge;

import com.tenantbridge.cli.ExitCodes;
import com.tenantbridge.cli.Output;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.demo.WriteQuota;
import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.BulkSettings;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.LicensingChoice;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.WritePacer;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.plan.OnboardingPlans;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure vendor onboarding on a fresh in-process demo tenant: N generated accounts (each"
                + " created, given a Remote Assist and an information-barrier licence, and put in its segment"
                + " group), once one request at a time and once the fast way (JSON batches), and compare.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "onboarding", description = "What to measure: onboarding.")
    String what;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "1000", description = "Accounts to onboard"
            + " (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--companies", paramLabel = "N", defaultValue = "10", description = "Vendor companies, one segment"
            + " pair each (default: ${DEFAULT-VALUE}).")
    int companies;

    @Option(names = "--latency-ms", paramLabel = "L", defaultValue = "50", description = "Latency the demo tenant adds"
            + " to every request (default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Option(names = "--throttle-rate", paramLabel = "R", defaultValue = "0", description = "Share of requests"
            + " answered 429 (default: ${DEFAULT-VALUE}).")
    double throttleRate;

    @Option(names = "--retry-after", paramLabel = "S", defaultValue = "0", description = "Retry-After of those random"
            + " 429s, in seconds (default: ${DEFAULT-VALUE}).")
    int retryAfter;

    @Option(names = "--write-quota", paramLabel = "N/Ss", description = "Enforce Graph's identity write quota, e.g."
            + " 3000/150s; the fast run paces itself to it.")
    String writeQuota;

    @Option(names = "--quota-time-scale", paramLabel = "X", defaultValue = "1", description = "Shrink the quota's"
            + " window for quick runs (default: ${DEFAULT-VALUE}).")
    double quotaTimeScale;

    @Option(names = "--batches-in-flight", paramLabel = "K", defaultValue = "4", description = "JSON batches sent at"
            + " once in the fast run (default: ${DEFAULT-VALUE}).")
    int inFlight;

    @Option(names = "--skip-sequential", description = "Only the fast run (e.g. to measure memory at N = 10,000).")
    boolean skipSequential;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--licensing", paramLabel = "user|group", defaultValue = "group", description = "Licences per"
            + " account, or one licensing group that Microsoft Entra passes them on from (default: ${DEFAULT-VALUE}).")
    String licensing;

    /** What one onboarding run measured: {@code writes} as the tenant counted them, refused batches included. */
    record Run(double seconds, long requests, long throttled, long writes, int created, int licensed, int grouped,
            int duplicates, long failed, long refusedBatches) {
    }

    @Override
    public Integer call() throws Exception {
        if (!what.equals("onboarding")) {
            throw new ParameterException(spec.commandLine(), "the only benchmark is onboarding");
        }
        if (accounts < 1 || companies < 1 || companies > OnboardingPlans.MAX_COMPANIES || inFlight < 1
                || latencyMs < 0) {
            throw new ParameterException(spec.commandLine(), "--accounts and --batches-in-flight must be 1 or more,"
                    + " --companies 1 to " + OnboardingPlans.MAX_COMPANIES + " (the demo tenant's support engineers),"
                    + " --latency-ms 0 or more");
        }
        if (!licensing.equals("user") && !licensing.equals("group")) {
            throw new ParameterException(spec.commandLine(), "--licensing is user or group");
        }
        WriteQuota quota = null;
        if (writeQuota != null) {
            try {
                quota = WriteQuota.parse(writeQuota, quotaTimeScale);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--write-quota: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeploymentPlan plan = OnboardingPlans.generate(accounts, companies);
        Path work = Files.createTempDirectory("tenantbridge-bench");
        try {
            Run sequential = null;
            if (!skipSequential) {
                err.println("One request at a time\u2026");
                err.flush();
                sequential = run(plan, quota, BulkSettings.never(), work.resolve("sequential"));
            }
            err.println("The fast way\u2026");
            err.flush();
            BulkSettings fast = BulkSettings.defaults().withBatchesInFlight(inFlight).withThreshold(1);
            if (quota != null) {
                // A little under the quota, so clock drift between the two buckets does not cost 429s.
                fast = fast.withPacer(new WritePacer(quota.perSecond() * 0.97));
            }
            System.gc();
            Run quick;
            long peakHeap;
            try (HeapSampler heap = new HeapSampler()) {
                quick = run(plan, quota, fast, work.resolve("fast"));
                peakHeap = heap.peak();
            }
            print(out, sequential, quick, quota, peakHeap);
            boolean complete = quick.created() == accounts && quick.licensed() == accounts
                    && quick.grouped() == accounts && quick.duplicates() == 0 && quick.failed() == 0
                    && quick.refusedBatches() == 0
                    && (sequential == null || (sequential.created() == accounts && sequential.licensed() == accounts
                            && sequential.grouped() == accounts && sequential.duplicates() == 0));
            return complete ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            deleteTree(work);
        }
    }

    private Run run(DeploymentPlan plan, WriteQuota quota, BulkSettings bulk, Path dir) throws Exception {
        Files.createDirectories(dir);
        DemoOptions options = DemoOptions.inMemory().withLatency(latencyMs, 0).withThrottling(throttleRate, 0,
                retryAfter);
        try (DemoTenantServer server = DemoTenantServer.start(options)) {
            seats(server, LicenceSku.NEW_ACCOUNTS.partNumber(), accounts + 10);
            seats(server, LicenceSku.SPE_E5.partNumber(), accounts + 20);
            Set<String> domains = new HashSet<>();
            server.tenants().forEach(t -> domains.addAll(t.domains()));
            DemoConnections connections = new DemoConnections(server.graphBaseUrl(), domains);
            // The segment groups and barriers are the tenant's one-time setup; the timed part is the onboarding
            // itself: accounts, licences and memberships.
            Planner planner = new Planner(licensing.equals("user") ? LicensingChoice.USER : LicensingChoice.GROUP);
            PlanResult all = planner.plan(plan, connections);
            PlanResult setup = new PlanResult(all.changes().stream().filter(c -> !onboarding(c)).toList(), Map.of(),
                    List.of(), List.of());
            try (Journal journal = Journal.open(dir.resolve("setup.jsonl"))) {
                new Applier().apply(plan, setup, connections, new Applier.Options(journal, null, () -> false,
                        Backoff.replication(() -> false), ApplyListener.NONE, BulkSettings.never()));
            }
            PlanResult planned = new PlanResult(planner.plan(plan, connections).changes().stream()
                    .filter(BenchCommand::onboarding).toList(), Map.of(), List.of(), List.of());
            server.setWriteQuota(quota);
            DemoTenantServer.Traffic before = server.traffic();
            long start = System.nanoTime();
            ApplyResult result;
            try (Journal journal = Journal.open(dir.resolve("journal.jsonl"));
                    CredentialsHandout handout = CredentialsHandout.open(dir.resolve("credentials.csv"))) {
                result = new Applier().apply(plan, planned, connections, new Applier.Options(journal, handout,
                        () -> false, Backoff.replication(() -> false), ApplyListener.NONE, bulk));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            DemoTenantServer.Traffic after = server.traffic();
            server.setWriteQuota(null);
            return count(plan, connections, dir.resolve("credentials.csv"), seconds, after.requests()
                    - before.requests(), after.throttled() - before.throttled(), after.writes() - before.writes(),
                    result.count(ChangeOutcome.Status.FAILED) + result.count(ChangeOutcome.Status.SKIPPED),
                    after.refusedBatches() - before.refusedBatches());
        }
    }

    private static boolean onboarding(com.tenantbridge.service.change.Change c) {
        return switch (c.kind()) {
            case CREATE_USER, ASSIGN_LICENSE, ADD_GROUP_MEMBER, ASSIGN_GROUP_LICENSE -> true;
            default -> false;
        };
    }

    /** Reads the tenant back: every account once, both licences, in its company's segment group. */
    private Run count(DeploymentPlan plan, DemoConnections connections, Path handout, double seconds, long requests,
            long throttled, long writes, long failed, long refusedBatches) throws Exception {
        TenantPorts abc = connections.ports("abc.com").orElseThrow();
        List<String> upns = plan.vendors().accounts().stream().map(a -> a.userPrincipalName()).toList();
        Map<String, DirectoryUser> users = abc.directory().findUsers(upns);
        UUID ra = UUID.fromString(LicenceSku.NEW_ACCOUNTS.skuId());
        UUID ib = UUID.fromString(LicenceSku.SPE_E5.skuId());
        int licensed = (int) users.values().stream().filter(u -> u.licenses().contains(ra) && u.licenses().contains(ib))
                .count();
        Set<String> members = new HashSet<>();
        for (int c = 1; c <= companies; c++) {
            abc.directory().findGroupByName("V" + c + "_RemoteAssistUser")
                    .ifPresent(g -> members.addAll(abc.directory().groupMemberIds(g.id())));
        }
        int grouped = (int) users.values().stream().filter(u -> members.contains(u.id())).count();
        List<String> handedOut = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> rows = new com.fasterxml
                .jackson.dataformat.csv.CsvMapper().readerForMapOf(String.class).with(com.fasterxml.jackson
                        .dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(handout.toFile())) {
            // The handout's first column is the account's user principal name, whatever its header says.
            rows.forEachRemaining(row -> handedOut.add(row.values().iterator().next().toLowerCase(Locale.ROOT)));
        }
        int duplicates = handedOut.size() - (int) handedOut.stream().distinct().count();
        return new Run(seconds, requests, throttled, writes, users.size(), licensed, grouped, duplicates, failed,
                refusedBatches);
    }

    private void print(PrintWriter out, Run sequential, Run fast, WriteQuota quota, long peakHeap) {
        double bound = Math.ceil(fast.writes() / 20.0 / inFlight) * latencyMs / 1000.0;
        Double quotaBound = quota == null ? null : fast.writes() / quota.perSecond();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("accounts", accounts);
        figures.put("latencyMs", latencyMs);
        figures.put("throttleRate", throttleRate);
        figures.put("batchesInFlight", inFlight);
        figures.put("sequentialSeconds", sequential == null ? null : round(sequential.seconds()));
        figures.put("fastSeconds", round(fast.seconds()));
        figures.put("speedup", sequential == null ? null : round(sequential.seconds() / fast.seconds()));
        figures.put("requests", fast.requests());
        figures.put("writes", fast.writes());
        figures.put("writesPerAccount", round(fast.writes() / (double) accounts));
        figures.put("licensing", licensing);
        figures.put("refusedBatches", fast.refusedBatches());
        figures.put("boundSeconds", round(bound));
        figures.put("boundRatio", bound == 0 ? null : round(fast.seconds() / bound));
        figures.put("quotaBoundSeconds", quotaBound == null ? null : round(quotaBound));
        figures.put("quotaRatio", quotaBound == null ? null : round(fast.seconds() / quotaBound));
        figures.put("throttledShare", fast.requests() == 0 ? 0 : round4((double) fast.throttled() / fast.requests()));
        figures.put("peakHeapMb", peakHeap / (1024 * 1024));
        figures.put("created", fast.created());
        figures.put("licensed", fast.licensed());
        figures.put("grouped", fast.grouped());
        figures.put("duplicates", fast.duplicates());
        if (json) {
            Output.json(out, figures);
            return;
        }
        out.printf("Onboarding %d accounts, latency %d ms, throttle rate %s%s, %d batches in flight%n", accounts,
                latencyMs, throttleRate, quota == null ? "" : ", write quota " + quota.describe(), inFlight);
        if (sequential != null) {
            out.printf("  one request at a time  %8.2f s  (%d created, %d licensed, %d grouped, %d duplicates)%n",
                    sequential.seconds(), sequential.created(), sequential.licensed(), sequential.grouped(),
                    sequential.duplicates());
        }
        out.printf("  JSON batches           %8.2f s  (%d created, %d licensed, %d grouped, %d duplicates)%n",
                fast.seconds(), fast.created(), fast.licensed(), fast.grouped(), fast.duplicates());
        out.printf("  writes                 %8d    = %.2f per account, licences by %s; %d batches refused%n",
                fast.writes(), fast.writes() / (double) accounts, licensing, fast.refusedBatches());
        if (sequential != null) {
            out.printf("  speedup                %8.1f \u00d7%n", sequential.seconds() / fast.seconds());
        }
        out.printf("  bound                  %8.2f s  = ceil(%d requests / 20 / %d in flight) \u00d7 %d ms; fast/bound"
                + " %.2f%n", bound, fast.writes(), inFlight, latencyMs, bound == 0 ? 0 : fast.seconds() / bound);
        if (quotaBound != null) {
            out.printf("  quota bound            %8.2f s  = %d writes at %.1f writes/s; fast/quota bound %.2f%n",
                    quotaBound, fast.writes(), quota.perSecond(), fast.seconds() / quotaBound);
        }
        out.printf("  throttled              %8.2f %% of %d requests%n", 100.0 * fast.throttled()
                / Math.max(1, fast.requests()), fast.requests());
        out.printf("  peak heap              %8d MB%n", peakHeap / (1024 * 1024));
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /**
     * The most heap in use at any moment, sampled every few milliseconds (the memory pools' own peaks happen at
     * different moments, so their sum overstates it). Demo tenant included: it runs in this process.
     */
    private static final class HeapSampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get();
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }

    private static void seats(DemoTenantServer server, String partNumber, int enabled) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.graphBaseUrl().replace("/v1.0",
                "/_demo/tenants/abc.com/skus/" + partNumber)))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(new com.fasterxml.jackson.databind.ObjectMapper()
                        .createObjectNode().put("enabled", enabled).toString()))
                .header("Content-Type", "application/json").build();
        int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("the demo tenant refused " + enabled + " seats of " + partNumber);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
