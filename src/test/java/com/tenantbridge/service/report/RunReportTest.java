package com.tenantbridge.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportTest {

    @Test
    void aReportWithoutARunSaysSoAndCarriesThePeoplesSteps() {
        var plan = ExamplePlans.load(ExamplePlans.forScenario(Scenario.ANONYMOUS_JOIN)).plan()
                .withName("Line 3 <script>alert(1)</script> *urgent*").withAcceptedDeviations(List.of());
        String md = RunReport.markdown(new RunReport.Input(plan, "demo tenant at http://127.0.0.1:1/v1.0",
                ZonedDateTime.parse("2026-11-23T12:00:00Z"), null, List.of(), null, null));
        assertThat(md).startsWith("# Line 3 &lt;script&gt;alert(1)&lt;/script&gt; \\*urgent\\*\n");
        assertThat(md).contains("23 Nov 2026, 12:00 Z", "Scenario: D. Anonymous meeting join",
                "Nothing was applied in this session.", "Not verified.", "Recent Contacts");
        assertThat(md).doesNotContain("## Rolled back", "## Accepted deviations");
    }

    @Test
    void acceptedDeviationsAreListedByTheirRule() {
        var plan = ExamplePlans.load(ExamplePlans.forScenario(Scenario.FEDERATION)).plan()
                .withAcceptedDeviations(List.of("MS.TEAMS.2.1v2"));
        String md = RunReport.markdown(new RunReport.Input(plan, "x", ZonedDateTime.parse("2026-11-23T12:00:00Z"),
                null, null, null, null));
        assertThat(md).contains("## Accepted deviations\n\n- CISA ScubaGear MS.TEAMS.2.1v2\n");
    }
}
