package com.tenantbridge.service.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private final AtomicLong now = new AtomicLong();
    private final Throughput meter = new Throughput(now::get);

    private void at(double seconds, int finished) {
        now.set((long) (seconds * 1e9));
        meter.record(finished);
    }

    @Test
    void noRateNorTimeLeftBeforeTimeHasPassed() {
        at(0, 0);
        assertThat(meter.perSecond()).isZero();
        assertThat(meter.timeLeft(0, 100)).isEmpty();
        assertThat(meter.describe(0, 100)).isEmpty();
    }

    @Test
    void rateAndTimeLeftFollowTheLastTenSeconds() {
        at(0, 0);
        at(5, 1000);
        assertThat(meter.perSecond()).isEqualTo(200.0);
        assertThat(meter.timeLeft(1000, 4000)).contains(Duration.ofSeconds(15));
        assertThat(meter.describe(1000, 4000)).isEqualTo("200 changes/s, about 15 s left");
        // Throttled: ten slow seconds push the fast start out of the window.
        at(12, 1100);
        at(20, 1180);
        assertThat(meter.perSecond()).isEqualTo(10.0);
        assertThat(meter.describe(1180, 4000)).isEqualTo("10 changes/s, about 4 min 42 s left");
    }

    @Test
    void longWaitsReadInHoursAndMinutes() {
        assertThat(Throughput.human(Duration.ofSeconds(3 * 3600 + 5 * 60 + 7))).isEqualTo("3 h 5 min");
        assertThat(Throughput.human(Duration.ofMillis(200))).isEqualTo("1 s");
    }
}
