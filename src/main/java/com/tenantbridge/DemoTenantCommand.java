package com.tenantbridge;

import com.tenantbridge.cli.ExitCodes;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.DataFolders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo-tenant", mixinStandardHelpOptions = true,
        description = {"Serve the offline demo tenant (ABC, Contoso1, Contoso2, Vendor1, Vendor2) over Microsoft Graph"
                + " v1.0 until stopped with Ctrl+C.",
                "Pick a tenant with the header 'Authorization: Bearer demo:<tenant domain>', e.g. demo:abc.com."})
final class DemoTenantCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a"
            + " free one).", defaultValue = "8765")
    int port;

    @Option(names = "--latency-ms", paramLabel = "N", description = "Added to every request (default: 0).")
    long latencyMs;

    @Option(names = "--jitter-ms", paramLabel = "N", description = "Random extra latency up to N ms (default: 0).")
    long jitterMs;

    @Option(names = "--throttle-rate", paramLabel = "R", description = "Share of requests answered 429 with"
            + " Retry-After, 0 to 1 (default: 0).")
    double throttleRate;

    @Option(names = "--unavailable-rate", paramLabel = "R", description = "Share of requests answered 503 with"
            + " Retry-After, 0 to 1 (default: 0).")
    double unavailableRate;

    @Option(names = "--retry-after", paramLabel = "S", description = "Seconds in Retry-After (default: 1).",
            defaultValue = "1")
    int retryAfterSeconds;

    @Option(names = "--replication-lag-ms", paramLabel = "N", description = "A new object stays invisible (404) for"
            + " N ms, as Microsoft Entra replication (default: 0).")
    long replicationLagMs;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the tenants' state is kept across restarts"
            + " (default: ${DEFAULT-VALUE}).")
    Path data = DataFolders.demoTenant();

    @Option(names = "--in-memory", description = "Keep nothing on disk.")
    boolean inMemory;

    @Option(names = "--reset", description = "Start from the tenants as shipped, discarding the saved state.")
    boolean reset;

    @Option(names = "--write-quota", paramLabel = "N/Ss", description = "Enforce Microsoft Graph's identity write"
            + " quota per tenant, e.g. 3000/150s: writes over it are answered 429 with an honest Retry-After.")
    String writeQuota;

    @Option(names = "--quota-time-scale", paramLabel = "X", defaultValue = "1", description = "Shrink the quota's"
            + " window for quick runs, e.g. 0.1 for 3000 writes per 15 s (default: ${DEFAULT-VALUE}).")
    double quotaTimeScale;

    @Override
    public Integer call() throws Exception {
        DemoOptions options;
        try {
            options = new DemoOptions(port, latencyMs, jitterMs, throttleRate, unavailableRate, retryAfterSeconds,
                    replicationLagMs, inMemory ? null : data, reset);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        com.tenantbridge.demo.WriteQuota quota = null;
        if (writeQuota != null) {
            try {
                quota = com.tenantbridge.demo.WriteQuota.parse(writeQuota, quotaTimeScale);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--write-quota: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        DemoTenantServer server;
        try {
            server = DemoTenantServer.start(options);
        } catch (java.net.BindException e) {
            throw new ParameterException(spec.commandLine(), "port " + port + " is in use; choose another with --port");
        }
        server.setWriteQuota(quota);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "demo-tenant-stop"));
        out.println("Demo tenant listening on " + server.graphBaseUrl());
        for (DemoTenantServer.DemoTenant t : server.tenants()) {
            out.printf("  %-9s token demo:%-14s tenant id %s%n", t.displayName(), t.defaultDomain(), t.tenantId());
        }
        if (quota != null) {
            out.println("Write quota per tenant: " + quota.describe() + " (" + Math.round(quota.perSecond())
                    + " writes/s).");
        }
        out.println(inMemory ? "State is kept in memory only." : "State is kept in " + data.toAbsolutePath()
                + (reset ? " (reset to the tenants as shipped)" : ""));
        out.println("Admin paths (not Graph): "
                + server.graphBaseUrl().replace("/v1.0", "/_demo") + "   Stop with Ctrl+C.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
