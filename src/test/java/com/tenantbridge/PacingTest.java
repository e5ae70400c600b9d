package com.tenantbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.domain.scenario.Scenario;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bulk writes are paced to Graph's identity write quota on Microsoft 365, not only in the bench. */
class PacingTest {

    @Test
    void microsoft365IsPacedAndTheDemoIsNot() {
        var m365 = new Microsoft365Connections(Map.of(), RequiredAccess.of(Scenario.VENDOR_ACCOUNTS, false));
        assertThat(m365.bulkSettings().pacer()).as("paced to the write quota").isNotNull();
        assertThat(new DemoConnections("http://127.0.0.1:9/v1.0", Set.of("abc.com")).bulkSettings().pacer()).isNull();
    }
}
