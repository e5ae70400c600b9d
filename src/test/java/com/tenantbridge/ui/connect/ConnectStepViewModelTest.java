package com.tenantbridge.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.ui.SyncTasks;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectStepViewModelTest {

    /** Counts starts; fails when asked to. */
    static final class FakeDemo implements DemoTenantRunner {
        int starts;
        int resets;
        boolean fail;

        @Override
        public Running start() throws IOException {
            if (fail) {
                throw new IOException("port in use");
            }
            starts++;
            return new Running("http://127.0.0.1:1234/v1.0", List.of("ABC (abc.com)", "Contoso1 (contoso1.com)"));
        }

        @Override
        public void reset() {
            resets++;
        }
    }

    private final FakeDemo demo = new FakeDemo();
    private final ConnectStepViewModel vm = new ConnectStepViewModel(new SyncTasks(), demo);

    @Test
    void theDemoTenantIsTheDefaultAndStartsOnEnter() {
        assertThat(vm.kindProperty().get()).isEqualTo(TenantKind.DEMO);
        assertThat(vm.validProperty().get()).as("not running yet").isFalse();
        vm.onEnter(DeploymentPlan.empty());
        assertThat(demo.starts).isEqualTo(1);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.demoStatusProperty().get()).isEqualTo("Demo tenant running at http://127.0.0.1:1234/v1.0");
        assertThat(vm.demoTenants()).containsExactly("ABC (abc.com)", "Contoso1 (contoso1.com)");
        vm.onEnter(DeploymentPlan.empty());
        assertThat(demo.starts).as("started once").isEqualTo(1);
    }

    @Test
    void aDemoTenantThatCannotStartKeepsNextOffAndSaysWhy() {
        demo.fail = true;
        vm.onEnter(DeploymentPlan.empty());
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.demoStatusProperty().get()).isEqualTo("The demo tenant could not start: port in use");
    }

    @Test
    void resetGoesBackToTheSeed() {
        vm.onEnter(DeploymentPlan.empty());
        vm.resetDemo();
        assertThat(demo.resets).isEqualTo(1);
        assertThat(vm.demoStatusProperty().get()).startsWith("Demo tenant reset to its seed");
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
