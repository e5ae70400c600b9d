package com.tenantbridge.powershell;

import com.tenantbridge.service.handover.Runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.plan.ExamplePlans;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runbook the examples give, for every tenant and every federation mode, is parsed call by call and checked
 * against the catalogue of Microsoft's cmdlet pages: cmdlet, parameter names, parameter sets and values.
 */
class RunbookCatalogueTest {

    static Stream<DeploymentPlan> plans() {
        List<DeploymentPlan> plans = new ArrayList<>();
        ExamplePlans.ALL.forEach(e -> plans.add(ExamplePlans.load(e).plan()));
        DeploymentPlan federation = plans.stream().filter(p -> p.federation() != null).findFirst().orElseThrow();
        for (FederationMode mode : FederationMode.values()) {
            plans.add(federation.withFederation(new FederationPlan(mode,
                    mode == FederationMode.BLOCK_SPECIFIC ? List.of("fabrikam.com") : List.of(),
                    federation.federation().partners().stream().map(p -> new PartnerTenant(p.tenant(), mode,
                            p.crossTenantAccess())).toList())));
        }
        return plans.stream();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyCallIsAsMicrosoftsPagesDefineIt(DeploymentPlan plan) {
        PlanResult result = new Planner().plan(plan, TenantConnections.none());
        List<Change> changes = new ArrayList<>(result.changes());
        result.offline().values().forEach(changes::addAll);
        Set<String> tenants = new LinkedHashSet<>();
        changes.forEach(c -> tenants.add(c.tenant()));
        assertThat(tenants).isNotEmpty();
        for (String tenant : tenants) {
            String runbook = Runbooks.forTenant(tenant, plan.displayName(), changes);
            assertThat(PsCommands.parse(runbook)).as("calls found in %s's runbook", tenant).isNotEmpty();
            assertThat(CmdletCatalogue.problems(runbook)).as("%s's runbook:%n%s", tenant, runbook).isEmpty();
        }
    }

    @Test
    void theRunbooksCallsAreAllSeen() {
        Set<String> seen = new java.util.TreeSet<>();
        plans().forEach(plan -> {
            PlanResult result = new Planner().plan(plan, TenantConnections.none());
            List<Change> changes = new ArrayList<>(result.changes());
            result.offline().values().forEach(changes::addAll);
            changes.stream().map(Change::tenant).distinct().forEach(t -> PsCommands.parse(Runbooks.forTenant(t,
                    plan.displayName(), changes)).forEach(call -> seen.add(call.command())));
        });
        assertThat(seen).contains("Set-CsTenantFederationConfiguration", "New-CsEdgeAllowList",
                "New-CsEdgeDomainPattern", "Grant-CsTeamsMeetingPolicy", "New-CsTeamsMeetingPolicy",
                "New-OrganizationSegment", "New-InformationBarrierPolicy", "Set-InformationBarrierPolicy",
                "Start-InformationBarrierPoliciesApplication", "Connect-IPPSSession", "Connect-MicrosoftTeams");
    }

    @Test
    void theCheckFindsWhatARealTenantWouldRefuse() {
        assertThat(CmdletCatalogue.problems("Set-CsTenantFederationConfiguration -AllowFederatedUser $true\n"))
                .singleElement().asString().contains("no parameter -AllowFederatedUser");
        assertThat(CmdletCatalogue.problems("Start-InformationBarriersPoliciesApplication\n")).singleElement()
                .asString().contains("not in the catalogue");
        assertThat(CmdletCatalogue.problems("$p = New-InformationBarrierPolicy -Name 'a' -AssignedSegment 'b'"
                + " -SegmentsAllowed 'c' -SegmentsBlocked 'd'\n")).singleElement().asString()
                .contains("no parameter set takes");
        assertThat(CmdletCatalogue.problems("New-InformationBarrierPolicy -Name 'a' -SegmentsBlocked 'd'\n"))
                .as("-AssignedSegment is required").isNotEmpty();
        assertThat(CmdletCatalogue.problems("Set-InformationBarrierPolicy -Identity $p.Guid -State Enabled\n"))
                .singleElement().asString().contains("is not one of");
        assertThat(CmdletCatalogue.problems("Set-CsTeamsMeetingConfiguration -Identity Global -DisableAnonymousJoin"
                + " 'no'\n")).singleElement().asString().contains("takes $true or $false");
        assertThat(CmdletCatalogue.problems("if (Get-OrganizationSegment -Identity 'x' -ErrorAction"
                + " SilentlyContinue) { Set-OrganizationSegment -Identity 'x' -UserGroupFilter \"a -eq 'b'\" }\n"))
                .isEmpty();
    }
}
