package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void jitterAddsARandomDelayWithinItsBound() {
        Faults faults = new Faults(DemoOptions.inMemory().withLatency(100, 50));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            long d = faults.delayMillis();
            assertThat(d).isBetween(100L, 150L);
            seen.add(d);
        }
        assertThat(seen).as("the delay varies").hasSizeGreaterThan(10);
    }

    @Test
    void ratesDecideTheShareOfThrottledAndUnavailableRequests() {
        Faults faults = new Faults(DemoOptions.inMemory().withThrottling(0.2, 0.1, 1));
        int throttled = 0;
        int unavailable = 0;
        for (int i = 0; i < 20_000; i++) {
            switch (faults.roll()) {
                case THROTTLE -> throttled++;
                case UNAVAILABLE -> unavailable++;
                default -> { }
            }
        }
        assertThat(throttled).isBetween(3_600, 4_400);
        assertThat(unavailable).isBetween(1_600, 2_400);
    }

    @Test
    void noFaultsMeansEveryRequestPasses() {
        Faults faults = new Faults(DemoOptions.inMemory());
        for (int i = 0; i < 1000; i++) {
            assertThat(faults.roll()).isEqualTo(Faults.Outcome.PASS);
        }
        assertThat(faults.delayMillis()).isZero();
    }

    @Test
    void optionsRefuseImpossibleValues() {
        assertThatThrownBy(() -> DemoOptions.inMemory().withThrottling(0.7, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoOptions.inMemory().withLatency(-1,
                0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoOptions.inMemory().withPort(70000)).isInstanceOf(IllegalArgumentException.class);
    }
}
