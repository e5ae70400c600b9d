package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private static DeploymentPlan example(String file) {
        try (var in = TopologyTest.class.getResourceAsStream("/com/tenantbridge/examples/" + file)) {
            return PlanJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).plan();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> links(Topology t) {
        return t.links().stream().map(l -> l.from() + " -" + l.kind() + "-> " + l.to()).toList();
    }

    @Test
    void federationLinksTheHostToEachPartnerAndMarksThePartnersApart() {
        Topology t = Topology.of(example("federation-abc-contoso.json"));
        assertThat(t.boxes()).extracting(Topology.Box::id).containsExactly("abc.com", "contoso1.com", "contoso2.com");
        assertThat(links(t)).containsExactly("abc.com -FEDERATION-> contoso1.com", "abc.com -FEDERATION-> contoso2.com",
                "contoso1.com -NONE-> contoso2.com");
    }

    @Test
    void anOpenPartnerIsNotDrawnApart() {
        DeploymentPlan plan = example("federation-abc-contoso.json");
        FederationPlan f = plan.federation();
        PartnerTenant open = new PartnerTenant(f.partners().get(1).tenant(), FederationMode.OPEN, null);
        Topology t = Topology.of(plan.withFederation(new FederationPlan(f.mode(), f.blockedDomains(),
                List.of(f.partners().get(0), open))));
        assertThat(links(t)).noneMatch(l -> l.contains("NONE"));
    }

    @Test
    void guestsAppearInTheirHomeAndAsGuestsInEachTeam() {
        Topology t = Topology.of(example("guest-access-abc-experts.json"));
        assertThat(t.boxes().get(0).people()).containsExactly("Expert1 (ABC)", "Expert2 (ABC)");
        assertThat(t.boxes().get(1).people()).contains("Expert1 (ABC) (guest)", "Team: Remote Assist Experts");
        assertThat(links(t)).containsExactly("abc.com -GUEST-> contoso1.com", "abc.com -GUEST-> contoso2.com");
    }

    @Test
    void vendorsAreGroupedByTheirMailDomainAndTheContractorHasNoTenant() {
        Topology t = Topology.of(example("vendor-accounts-abc.json"));
        assertThat(t.boxes()).extracting(Topology.Box::id).containsExactly("abc.com", "vendor1.com", "vendor2.com",
                "outlook.com");
        assertThat(t.boxes().get(1).people()).containsExactly("Vendor1_A@vendor1.com", "Vendor1_B@vendor1.com");
        assertThat(t.boxes().get(3).role()).isEqualTo(Topology.Role.OUTSIDE);
        assertThat(t.boxes().get(0).people()).contains("Vendor1_A_SA@abc.com (V1_RemoteAssistUser)");
        assertThat(links(t)).containsExactly("vendor1.com -SERVICE_ACCOUNT-> abc.com",
                "vendor2.com -SERVICE_ACCOUNT-> abc.com", "outlook.com -SERVICE_ACCOUNT-> abc.com");
    }

    @Test
    void theOutsideExpertIsReachedByTheMeetingLink() {
        Topology t = Topology.of(example("anonymous-join-oem-expert.json"));
        assertThat(t.boxes().get(0).people()).containsExactly("Technician1@abc.com (organizer)");
        assertThat(t.boxes().get(1).subtitle()).isEqualTo("fabrikam.com \u00b7 skips the lobby");
        assertThat(links(t)).containsExactly("abc.com -ANONYMOUS-> outside-fabrikam.com");
    }

    @Test
    void anUnfinishedPlanStillDraws() {
        assertThat(Topology.of(DeploymentPlan.empty()).isEmpty()).isTrue();
        Topology t = Topology.of(DeploymentPlan.empty().withScenario(Scenario.VENDOR_ACCOUNTS)
                .withVendors(new VendorPlan(null, java.util.Arrays.asList(null, new VendorAccount(null, null, "x@",
                        null, null, null, null)), null)));
        assertThat(t.boxes()).extracting(Topology.Box::title).containsExactly("Host tenant", "Vendor");
    }
}
