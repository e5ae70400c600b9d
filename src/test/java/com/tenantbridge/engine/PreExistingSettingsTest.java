package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant that already has settings of its own keeps them: an allow list with a third organisation keeps it when
 * the plan adds its partner, and a segment and policy the plan does not name survive the run and its rollback.
 * (A partner's direct-connect and scoped settings: PartnerSettingsKeptTest.)
 */
class PreExistingSettingsTest {

    @TempDir
    Path dir;

    @Test
    void anAllowListKeepsTheOrganisationsThePlanDoesNotName() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.FEDERATION);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            TenantPorts contoso1 = f.connections.ports("contoso1.com").orElseThrow();
            contoso1.teamsSettings().setFederation(new FederationConfig(true, List.of("fabrikam.com"),
                    List.of("spam.example")));

            assertThat(f.apply(plan, dir.resolve("run.jsonl"), () -> false).succeeded()).isTrue();

            FederationConfig after = contoso1.teamsSettings().federation();
            assertThat(after.allowedDomains()).as("the partner added, the third organisation kept")
                    .contains("fabrikam.com", "abc.com");
            assertThat(after.blockedDomains()).containsExactly("spam.example");

            Path journal = dir.resolve("run.jsonl");
            try (Journal out = Journal.open(dir.resolve("rollback.jsonl"))) {
                new Rollback().rollback(Journal.verify(journal), f.connections, out);
            }
            assertThat(contoso1.teamsSettings().federation()).as("rolled back to what it had")
                    .isEqualTo(new FederationConfig(true, List.of("fabrikam.com"), List.of("spam.example")));
        }
    }

    @Test
    void aSegmentAndPolicyThePlanDoesNotNameSurviveTheRunAndItsRollback() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            TenantPorts abc = f.connections.ports("abc.com").orElseThrow();
            BarrierSegment legal = new BarrierSegment("Legal", "Department -eq 'Legal'");
            abc.barriers().createSegment(legal);
            abc.barriers().createSegment(new BarrierSegment("Sales", "Department -eq 'Sales'"));
            BarrierPolicyState block = new BarrierPolicyState("Legal-Sales", "Legal", List.of(), List.of("Sales"),
                    false);
            abc.barriers().createPolicy(block);

            assertThat(f.apply(plan, dir.resolve("run.jsonl"), () -> false).succeeded()).isTrue();
            assertThat(abc.barriers().segments()).contains(legal);
            assertThat(abc.barriers().policies()).filteredOn(p -> p.name().equals("Legal-Sales")).singleElement()
                    .isEqualTo(block);

            try (Journal out = Journal.open(dir.resolve("rollback.jsonl"))) {
                new Rollback().rollback(Journal.verify(dir.resolve("run.jsonl")), f.connections, out);
            }
            assertThat(abc.barriers().segments()).contains(legal);
            assertThat(abc.barriers().policies()).extracting(BarrierPolicyState::name).containsExactly("Legal-Sales");
        }
    }
}
