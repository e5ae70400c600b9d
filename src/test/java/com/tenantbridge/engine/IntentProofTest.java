package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Verifier;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verify proves what people can do on the tenants as read: each example, once applied, proves its intent; then
 * someone breaks the tenant behind the plan's back (takes the engineer out of the segment, blocks the host, takes
 * the guest out of the team, turns anonymous join off) and verify fails naming the party and the setting.
 */
class IntentProofTest {

    @TempDir
    Path dir;

    private List<CheckResult> intent(EngineFixture f, DeploymentPlan plan) {
        return new Verifier().verify(plan, f.connections).items().stream().filter(c -> c.id().equals("INTENT"))
                .toList();
    }

    private void provenThenBroken(Scenario scenario, String tenant, Consumer<TenantPorts> breakIt, String party,
            String because) throws Exception {
        DeploymentPlan plan = EngineFixture.example(scenario);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            assertThat(f.apply(plan, dir.resolve("run.jsonl"), () -> false).succeeded()).isTrue();
            List<CheckResult> held = intent(f, plan);
            assertThat(held).isNotEmpty().allSatisfy(c -> assertThat(c.status()).as(c.title() + ": " + c.evidence())
                    .isEqualTo(CheckStatus.PASS));
            assertThat(new Verifier().verify(plan, f.connections).passed()).isTrue();

            breakIt.accept(f.connections.ports(tenant).orElseThrow());
            List<CheckResult> after = intent(f, plan);
            assertThat(after).filteredOn(c -> c.status() == CheckStatus.FAIL).isNotEmpty().allSatisfy(c -> {
                assertThat(c.title()).contains(party);
                assertThat(c.evidence()).contains(because);
            });
        }
    }

    @Test
    void vendorsLoseTheirEngineerWhenHeLeavesTheSegment() throws Exception {
        provenThenBroken(Scenario.VENDOR_ACCOUNTS, "abc.com", ports -> {
            var group = ports.directory().findGroupByName("V2_SupportEngineer").orElseThrow();
            var expert = ports.directory().findUser("Expert2@abc.com").orElseThrow();
            ports.directory().removeGroupMember(group.id(), expert.id());
        }, "Vendor2's accounts", "reach no support engineer");
    }

    @Test
    void federationBreaksWhenAPartnerBlocksTheHost() throws Exception {
        provenThenBroken(Scenario.FEDERATION, "contoso2.com", ports -> ports.teamsSettings().setFederation(
                new FederationConfig(true, null, List.of("abc.com"))), "ABC and Contoso2",
                "contoso2.com blocks abc.com");
    }

    @Test
    void aGuestTakenOutOfTheTeamReachesNoTechnician() throws Exception {
        provenThenBroken(Scenario.GUEST_ACCESS, "contoso1.com", ports -> {
            var team = ports.teams().findTeam("Remote Assist Experts").orElseThrow();
            var guest = ports.directory().findGuestByMail("Expert1@abc.com").orElseThrow();
            ports.teams().members(team.id()).stream().filter(m -> m.userId().equals(guest.id()))
                    .forEach(m -> ports.teams().removeMember(team.id(), m.membershipId()));
        }, "Expert1 (ABC)", "is not a member of");
    }

    @Test
    void anonymousJoinTurnedOffLeavesTheExpertOutside() throws Exception {
        provenThenBroken(Scenario.ANONYMOUS_JOIN, "abc.com", ports -> ports.teamsSettings()
                .setAnonymousJoinDisabled(true), "OEM expert (Fabrikam)", "DisableAnonymousJoin");
    }
}
