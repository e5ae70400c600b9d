package com.tenantbridge.engine;

import com.tenantbridge.DemoConnections;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.engine.NarrowingConfirmations;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.plan.ExamplePlans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** A demo tenant in memory and the engine pointed at it through the Graph SDK, as the CLI does. */
final class EngineFixture implements AutoCloseable {

    final DemoTenantServer server;
    final DemoConnections connections;
    final Path dir;

    EngineFixture(Path dir, DemoOptions options) throws IOException {
        this.dir = dir;
        this.server = DemoTenantServer.start(options);
        Set<String> domains = new HashSet<>();
        server.tenants().forEach(t -> domains.addAll(t.domains()));
        // The engine holds only what the app ever asks Microsoft for, never the demo's all-scopes admin token: a
        // call that needs more fails here as it would on a real tenant.
        Map<String, String> defaults = new java.util.HashMap<>();
        server.tenants().forEach(t -> t.domains().forEach(d -> defaults.put(d, t.defaultDomain())));
        this.connections = new DemoConnections(server.graphBaseUrl(), domains).signedInWith(appScopes(), defaults);
    }

    /** Every Graph scope any scenario asks for, to run, to resume or to roll back. */
    static List<String> appScopes() {
        return RequiredAccess.everyScenarioScopes();
    }

    static DeploymentPlan example(Scenario scenario) {
        return ExamplePlans.load(ExamplePlans.forScenario(scenario)).plan();
    }

    PlanResult plan(DeploymentPlan plan) {
        return new Planner().plan(plan, connections);
    }

    /** Applies as the admin does at Run: confirming the narrowing the plan shows (NarrowingTest runs without). */
    ApplyResult apply(DeploymentPlan plan, Path journal, BooleanSupplier cancelled) throws IOException {
        PlanResult planned = plan(plan);
        return applyAsIs(confirmed(plan, planned), planned, journal, cancelled);
    }

    ApplyResult applyAsIs(DeploymentPlan plan, PlanResult planned, Path journal, BooleanSupplier cancelled)
            throws IOException {
        try (Journal j = Journal.open(journal);
                CredentialsHandout handout = CredentialsHandout.open(dir.resolve("credentials.csv"))) {
            return new Applier().apply(plan, planned, connections, new Applier.Options(j, handout, cancelled,
                    new Backoff(50, 10_000, cancelled), ApplyListener.NONE));
        }
    }

    /** The plan with every narrowing it plans now confirmed, as an admin who read them would. */
    static DeploymentPlan confirmed(DeploymentPlan plan, PlanResult planned) {
        return NarrowingConfirmations.confirm(plan, NarrowingConfirmations.unconfirmed(plan, planned));
    }

    /** Gives a tenant enough seats of a SKU, as a large onboarding needs. */
    void seats(String domain, String partNumber, int enabled) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.graphBaseUrl()
                .replace("/v1.0", "/_demo/tenants/" + domain + "/skus/" + partNumber)))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(new com.fasterxml.jackson.databind
                        .ObjectMapper().createObjectNode().put("enabled", enabled).toString()))
                .header("Content-Type", "application/json").build();
        int status = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("seats refused: HTTP " + status);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
