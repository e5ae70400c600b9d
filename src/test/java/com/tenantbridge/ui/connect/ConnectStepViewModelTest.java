package com.tenantbridge.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TenantRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConnectStepViewModelTest {

    private final ConnectStepViewModel vm = new ConnectStepViewModel();

    @Test
    void theDemoTenantIsTheDefaultAndNeedsNothingMore() {
        assertThat(vm.kindProperty().get()).isEqualTo(TenantKind.DEMO);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| false",
            "contoso| false",
            "contoso.onmicrosoft.com| true",
            "72f988bf-86f1-41af-91ab-2d7cd011db47| true",
            "abc.com.| false"})
    void aMicrosoft365TenantNeedsADomainOrTenantId(String tenant, boolean valid) {
        vm.kindProperty().set(TenantKind.MICROSOFT_365);
        vm.tenantProperty().set(tenant);
        assertThat(vm.validProperty().get()).isEqualTo(valid);
        assertThat(vm.tenantMessageProperty().get().isEmpty()).isEqualTo(valid);
    }

    @Test
    void suggestsTheHostDomainOfThePlan() {
        vm.onEnter(DeploymentPlan.empty().withHostTenant(TenantRef.of("ABC", "abc.com")));
        assertThat(vm.tenantProperty().get()).isEqualTo("abc.com");
    }
}
