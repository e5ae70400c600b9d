package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.DemoConnections;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.Verifier;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The app holds only the scopes RequiredAccess asks for, and the demo tenant enforces each call's permission as
 * Graph does: every example converges, verifies and rolls back with exactly those scopes, and a scope taken away
 * fails the change that needs it.
 */
class LeastPrivilegeRunTest {

    @TempDir
    Path dir;

    private static DemoConnections signedIn(EngineFixture f, List<String> scopes) {
        Map<String, String> defaults = new HashMap<>();
        f.server.tenants().forEach(t -> t.domains().forEach(d -> defaults.put(d, t.defaultDomain())));
        return f.connections.signedInWith(scopes, defaults);
    }

    private ApplyResult apply(DeploymentPlan plan, DemoConnections c, String name) throws Exception {
        try (Journal j = Journal.open(dir.resolve(name + ".jsonl"));
                CredentialsHandout handout = CredentialsHandout.open(dir.resolve(name + ".csv"))) {
            var planned = new Planner().plan(plan, c);
            return new Applier().apply(EngineFixture.confirmed(plan, planned), planned, c, new Applier.Options(j,
                    handout, () -> false, new Backoff(50, 10_000, () -> false), ApplyListener.NONE));
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void eachExampleConvergesVerifiesAndRollsBackWithOnlyItsScopes(Scenario scenario) throws Exception {
        DeploymentPlan plan = EngineFixture.example(scenario);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            DemoConnections app = signedIn(f, plan.requiredAccess().graphScopes());
            ApplyResult applied = apply(plan, app, "run");
            assertThat(applied.outcomes()).allSatisfy(o -> assertThat(o.status()).as(o.change().summary() + ": "
                    + o.message()).isEqualTo(ChangeOutcome.Status.DONE));
            assertThat(new Planner().plan(plan, app).changes()).as("converged").isEmpty();
            assertThat(new Verifier().verify(plan, app).passed()).isTrue();
            DemoConnections undo = signedIn(f, plan.requiredAccess().toUndo().graphScopes());
            try (Journal out = Journal.open(dir.resolve("rollback.jsonl"))) {
                assertThat(new Rollback().rollback(Journal.verify(dir.resolve("run.jsonl")), undo, out))
                        .allSatisfy(u -> assertThat(u.undone()).as(u.entry().summary() + ": " + u.message()).isTrue());
            }
        }
    }

    @Test
    void aScopeTakenAwayFailsTheChangeThatNeedsIt() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            List<String> scopes = new ArrayList<>(plan.requiredAccess().graphScopes());
            assertThat(scopes.remove("Group.ReadWrite.All")).isTrue();
            ApplyResult applied = apply(plan, signedIn(f, scopes), "short");
            assertThat(applied.outcomes()).filteredOn(o -> o.status() == ChangeOutcome.Status.FAILED).isNotEmpty()
                    .anySatisfy(o -> assertThat(o.message()).contains("Group.ReadWrite.All"));
        }
    }
}
