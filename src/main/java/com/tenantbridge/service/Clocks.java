package com.tenantbridge.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock the commands and the wizard judge dates by (a meeting in the past, a report's date). The system's,
 * unless {@code -Dtenantbridge.now=2026-11-23T12:00:00Z} fixes it: the test suite does, so that no test depends on
 * the day it runs (the example meeting is on a fixed date).
 */
public final class Clocks {

    private Clocks() {
    }

    public static Clock system(ZoneId zone) {
        String fixed = System.getProperty("tenantbridge.now");
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(zone);
        }
        return Clock.fixed(Instant.parse(fixed.strip()), zone);
    }

    public static Clock systemUtc() {
        return system(java.time.ZoneOffset.UTC);
    }
}
