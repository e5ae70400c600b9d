package com.tenantbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** `bench onboarding` counts what it made from the tenant and from the handout it wrote, both ways. */
class BenchCommandTest {

    @Test
    void aSmallOnboardingCreatesLicensesAndGroupsEveryAccountOnceAndHandsEachOutOnce() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "onboarding",
                "--accounts", "24", "--companies", "2", "--latency-ms", "0", "--json");
        assertThat(code).as(out + "\n" + err).isZero();
        JsonNode figures = new ObjectMapper().readTree(out.toString());
        assertThat(figures.path("created").asInt()).isEqualTo(24);
        assertThat(figures.path("licensed").asInt()).isEqualTo(24);
        assertThat(figures.path("grouped").asInt()).isEqualTo(24);
        assertThat(figures.path("duplicates").asInt()).isZero();
    }
}
