package com.tenantbridge.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The clock the commands judge dates by, fixed for one test through tenantbridge.now (service.Clocks) and put back
 * as the suite had it afterwards: for dates on either side of a meeting or an end of support.
 */
final class FixedClock implements BeforeEachCallback, AfterEachCallback {

    private static final String PROPERTY = "tenantbridge.now";
    private String before;

    @Override
    public void beforeEach(ExtensionContext context) {
        before = System.getProperty(PROPERTY);
    }

    /** From now on the commands take {@code instant} (ISO-8601, e.g. 2027-01-04T12:00:00Z) as now. */
    void at(String instant) {
        System.setProperty(PROPERTY, instant);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }
}
