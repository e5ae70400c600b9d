package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import org.junit.jupiter.api.Test;

class DetailsStepViewModelTest {

    private final DetailsStepViewModel vm = new DetailsStepViewModel();

    private DeploymentPlan example(Scenario scenario) {
        return ExamplePlans.load(ExamplePlans.forScenario(scenario)).plan();
    }

    @Test
    void anExamplePlanIsValidAndSummarised() {
        vm.onEnter(example(Scenario.FEDERATION));
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.summary()).extracting(s -> s.title()).contains("ABC (abc.com) \u2014 host",
                "Contoso1 (contoso1.com) \u2014 partner", "Between partners");
        assertThat(vm.sectionMissingProperty().get()).isFalse();
    }

    @Test
    void editingTheHostDomainInvalidatesTheVendorUpns() {
        DeploymentPlan plan = example(Scenario.VENDOR_ACCOUNTS);
        vm.onEnter(plan);
        vm.hostDomainProperty().set("abc.org");
        vm.planChanged(vm.commit(plan));
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).extracting(Problem::path).contains("vendors.accounts[0].userPrincipalName");
    }

    @Test
    void commitTrimsAndKeepsTheOtherHostFields() {
        DeploymentPlan plan = example(Scenario.GUEST_ACCESS);
        vm.onEnter(plan);
        vm.planNameProperty().set("  Experts into Contoso  ");
        vm.hostNameProperty().set("ABC Corp");
        DeploymentPlan committed = vm.commit(plan);
        assertThat(committed.name()).isEqualTo("Experts into Contoso");
        assertThat(committed.hostTenant().name()).isEqualTo("ABC Corp");
        assertThat(committed.hostTenant().domain()).isEqualTo("abc.com");
        assertThat(committed.guestAccess()).isEqualTo(plan.guestAccess());
    }

    @Test
    void aScenarioWithoutItsSectionOffersTheExample() {
        DeploymentPlan plan = DeploymentPlan.empty().withScenario(Scenario.FEDERATION);
        vm.onEnter(plan);
        assertThat(vm.sectionMissingProperty().get()).isTrue();
        assertThat(vm.validProperty().get()).isFalse();
        int[] edits = {0};
        vm.setOnEdit(() -> edits[0]++);
        vm.startFromExample();
        assertThat(edits[0]).isEqualTo(1);
        DeploymentPlan filled = vm.commit(plan);
        vm.planChanged(filled);
        assertThat(filled.federation()).isEqualTo(example(Scenario.FEDERATION).federation());
        assertThat(filled.name()).isEqualTo(DeploymentPlan.UNTITLED);
        assertThat(vm.validProperty().get()).isTrue();
    }
}
