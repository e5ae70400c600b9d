package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.engine.ChangeOutcome;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.handover.Runbooks;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.port.BarrierApplication;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.BarrierService;
import com.tenantbridge.service.port.TenantPorts;
import com.tenantbridge.service.port.UnreachableException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When PowerShell fails mid-run at the barriers' first segment, the tenant's runbook holds every change not done:
 * the segments, and the policies, activations and application that depended on them, in the plan's order.
 */
class RunbookAfterFailureTest {

    @TempDir
    Path dir;

    /** Security &amp; Compliance PowerShell that signs in, reads, and then refuses to create anything. */
    private static BarrierService refusingWrites(BarrierService real) {
        return new BarrierService() {
            @Override
            public List<BarrierSegment> segments() {
                return real.segments();
            }

            @Override
            public void createSegment(BarrierSegment segment) {
                throw new UnreachableException("Connect-IPPSSession: the session was closed");
            }

            @Override
            public void deleteSegment(String name) {
                real.deleteSegment(name);
            }

            @Override
            public List<BarrierPolicyState> policies() {
                return real.policies();
            }

            @Override
            public void createPolicy(BarrierPolicyState policy) {
                real.createPolicy(policy);
            }

            @Override
            public void setPolicyActive(String name, boolean active) {
                real.setPolicyActive(name, active);
            }

            @Override
            public void deletePolicy(String name) {
                real.deletePolicy(name);
            }

            @Override
            public void startApplication() {
                real.startApplication();
            }

            @Override
            public BarrierApplication applicationStatus() {
                return real.applicationStatus();
            }
        };
    }

    @Test
    void everyChangeNotDoneIsInTheTenantsRunbookInOrder() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            TenantConnections failing = new TenantConnections() {
                @Override
                public Optional<TenantPorts> ports(String domain) {
                    return f.connections.ports(domain).map(p -> new TenantPorts(p.domain(), p.directory(),
                            p.licensing(), p.crossTenantAccess(), p.teams(), p.meetings(), p.teamsSettings(),
                            refusingWrites(p.barriers()), p.bulk()));
                }

                @Override
                public String describe() {
                    return "demo, barrier writes refused";
                }
            };
            DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
            PlanResult planned = new Planner().plan(plan, failing);
            ApplyResult result;
            try (Journal j = Journal.open(dir.resolve("j.jsonl"));
                    CredentialsHandout handout = CredentialsHandout.create(dir.resolve("handout.csv"))) {
                result = new Applier().apply(EngineFixture.confirmed(plan, planned), planned, failing,
                        new Applier.Options(j, handout, () -> false, new Backoff(10, 100, () -> false),
                                ApplyListener.NONE));
            }
            assertThat(result.outcomes()).filteredOn(o -> o.change().kind() == ChangeKind.CREATE_USER)
                    .isNotEmpty().allMatch(o -> o.status() == ChangeOutcome.Status.DONE);
            List<Change> left = result.runbookWork().get("abc.com");
            List<Change> barrierWork = planned.changes().stream().filter(c -> List.of(ChangeKind.BARRIER_SEGMENT,
                    ChangeKind.BARRIER_POLICY, ChangeKind.ACTIVATE_BARRIER_POLICY, ChangeKind.APPLY_BARRIERS)
                    .contains(c.kind())).toList();
            assertThat(barrierWork).extracting(Change::kind).contains(ChangeKind.BARRIER_POLICY,
                    ChangeKind.ACTIVATE_BARRIER_POLICY, ChangeKind.APPLY_BARRIERS);
            assertThat(left).as("the segments and all that depended on them, in the plan's order")
                    .containsExactlyElementsOf(barrierWork);
            assertThat(left).noneMatch(c -> c.kind() == ChangeKind.CREATE_USER);
            String runbook = Runbooks.forTenant("abc.com", plan.displayName(), left);
            assertThat(runbook).contains("New-InformationBarrierPolicy", "Set-InformationBarrierPolicy",
                    "Start-InformationBarrierPoliciesApplication");
            assertThat(runbook.indexOf("New-OrganizationSegment")).isLessThan(runbook.indexOf(
                    "New-InformationBarrierPolicy"));
        }
    }
}
