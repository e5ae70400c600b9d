package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example plans in assets/examples reproduce the docs' examples and validate clean. */
class ExamplePlansTest {

    static String example(String file) throws IOException {
        try (InputStream in = ExamplePlansTest.class.getResourceAsStream("/com/tenantbridge/examples/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "federation-abc-contoso.json, FEDERATION",
            "guest-access-abc-experts.json, GUEST_ACCESS",
            "vendor-accounts-abc.json, VENDOR_ACCOUNTS",
            "anonymous-join-oem-expert.json, ANONYMOUS_JOIN"})
    void loadsAndValidatesClean(String file, Scenario scenario) throws IOException {
        PlanLoadResult result = PlanJson.read(example(file));
        assertThat(result.problems()).as(file).isEmpty();
        assertThat(result.plan().scenario()).isEqualTo(scenario);
        assertThat(result.plan().hostTenant().domain()).isEqualTo("abc.com");
    }

    @ParameterizedTest
    @CsvSource({"federation-abc-contoso.json", "guest-access-abc-experts.json", "vendor-accounts-abc.json",
            "anonymous-join-oem-expert.json"})
    void writingWhatWasReadGivesTheSameFileBack(String file) throws IOException {
        String json = example(file);
        DeploymentPlan plan = PlanJson.read(json).plan();
        assertThat(PlanJson.write(plan)).isEqualTo(json);
    }
}
