package com.tenantbridge.powershell;

import com.tenantbridge.service.handover.Runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.Planner;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.service.port.TenantPorts;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The desired-state runbook of every example plan, for every tenant, must equal its golden file word for word, so a
 * change to a runbook is seen in review; whether its calls are as Microsoft defines them is RunbookCatalogueTest's.
 */
class RunbookGoldenTest {

    private static final TenantConnections NONE = new TenantConnections() {
        @Override
        public Optional<TenantPorts> ports(String domain) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "none";
        }
    };

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({
            "federation-abc-contoso.json, abc.com",
            "federation-abc-contoso.json, contoso1.com",
            "federation-abc-contoso.json, contoso2.com",
            "guest-access-abc-experts.json, contoso1.com",
            "guest-access-abc-experts.json, contoso2.com",
            "vendor-accounts-abc.json, abc.com",
            "anonymous-join-oem-expert.json, abc.com"})
    void matchesTheGoldenRunbook(String example, String tenant) throws Exception {
        DeploymentPlan plan = ExamplePlans.load(ExamplePlans.ALL.stream().filter(e -> e.fileName().equals(example))
                .findFirst().orElseThrow()).plan();
        PlanResult result = new Planner().plan(plan, NONE);
        List<Change> changes = new ArrayList<>(result.changes());
        result.offline().values().forEach(changes::addAll);
        String golden;
        String name = "/runbooks/" + example.replace(".json", "") + "." + tenant + ".ps1";
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Runbooks.forTenant(tenant, plan.displayName(), changes)).isEqualTo(golden);
    }
}
