package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.port.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void retriesA404UntilTheObjectReplicatesAndSaysWhyItWaits() {
        List<String> said = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        String value = new Backoff(1, 1000, () -> false).reporting(said::add).onNotFound(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new NotFoundException(404, "Request_ResourceNotFound", "Resource not found", null);
            }
            return "found";
        });
        assertThat(value).isEqualTo("found");
        assertThat(said).hasSize(2).allMatch(s -> s.contains("replicating")).first().asString().endsWith("1 ms.");
    }

    @Test
    void givesUpWhenCancelledOrOutOfTime() {
        assertThatThrownBy(() -> new Backoff(1, 1000, () -> true).onNotFound(() -> {
            throw new NotFoundException(404, "Request_ResourceNotFound", "gone", null);
        })).isInstanceOf(NotFoundException.class);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new Backoff(1, 5, () -> false).onNotFound(() -> {
            calls.incrementAndGet();
            throw new NotFoundException(404, "Request_ResourceNotFound", "gone", null);
        })).isInstanceOf(NotFoundException.class);
        assertThat(calls.get()).isBetween(2, 6);
    }

    @Test
    void waitsForALookupToFindSomething() {
        AtomicInteger calls = new AtomicInteger();
        List<String> said = new ArrayList<>();
        Optional<String> found = new Backoff(1, 1000, () -> false).reporting(said::add)
                .untilPresent(() -> calls.incrementAndGet() < 2 ? Optional.empty() : Optional.of("x"));
        assertThat(found).contains("x");
        assertThat(said).singleElement().asString().startsWith("Waiting for the new object to appear");
    }
}
