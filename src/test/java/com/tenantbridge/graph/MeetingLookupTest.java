package com.tenantbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.service.port.MeetingRequest;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting a run made is found again on a calendar of more than one page of events. */
class MeetingLookupTest extends AbcPortsTest {

    @Test
    void anEventBeyondTheFirstHundredIsFound() {
        String organizer = "admin@abc.com";
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 9, 0);
        for (int i = 0; i < 130; i++) {
            abc.meetings().createEvent(organizer, new MeetingRequest("tx-" + i, "Busy " + i, at.plusHours(i),
                    at.plusHours(i).plusMinutes(30), "UTC", List.of()));
        }
        assertThat(abc.meetings().findEvent(organizer, "tx-129")).as("on the second page").isPresent();
        assertThat(abc.meetings().findEvent(organizer, "tx-none")).isEmpty();
    }
}
