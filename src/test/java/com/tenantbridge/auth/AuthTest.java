package com.tenantbridge.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.domain.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {

    @TempDir
    Path dir;

    @Test
    void theTokenCacheIsAKeychainOrMemoryNeverAPlainFile() throws Exception {
        TokenCacheStore store = TokenCacheStore.open(dir);
        if (store.persistent()) {
            assertThat(store.description()).containsAnyOf("Keychain", "keyring", "DPAPI");
        } else {
            assertThat(store.description()).contains("in memory for this run only");
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(Files::isRegularFile)).as("nothing written").isEmpty();
            }
        }
    }

    @Test
    void theClientIdCanBeConfigured() {
        String before = System.getProperty("tenantbridge.clientId");
        try {
            System.setProperty("tenantbridge.clientId", "11111111-2222-3333-4444-555555555555");
            assertThat(AuthSettings.fromEnvironment().clientId()).isEqualTo("11111111-2222-3333-4444-555555555555");
            System.clearProperty("tenantbridge.clientId");
            if (System.getenv("TENANTBRIDGE_CLIENT_ID") == null) {
                assertThat(AuthSettings.fromEnvironment().clientId()).isEqualTo(AuthSettings.DEFAULT_CLIENT_ID);
            }
        } finally {
            if (before != null) {
                System.setProperty("tenantbridge.clientId", before);
            }
        }
    }

    @Test
    void graphScopesAreQualifiedAndOtherResourcesKept() {
        assertThat(TenantSignIn.graph(Set.of("User.Read.All",
                RequiredAccess.TEAMS_ADMIN_SCOPE))).containsExactlyInAnyOrder(
                "https://graph.microsoft.com/User.Read.All", RequiredAccess.TEAMS_ADMIN_SCOPE);
    }

    @Test
    void eachScenarioAsksOnlyForWhatItUses() {
        assertThat(RequiredAccess.of(Scenario.FEDERATION, false).graphScopes()).doesNotContain("User.ReadWrite.All");
        assertThat(RequiredAccess.of(Scenario.VENDOR_ACCOUNTS, false).graphScopes())
                .contains("User.ReadWrite.All",
                "LicenseAssignment.ReadWrite.All").doesNotContain("Calendars.ReadWrite");
        assertThat(RequiredAccess.of(Scenario.VENDOR_ACCOUNTS, true).compliancePowerShell()).isTrue();
        assertThat(RequiredAccess.of(Scenario.VENDOR_ACCOUNTS, false).compliancePowerShell()).isFalse();
        assertThat(RequiredAccess.of(Scenario.ANONYMOUS_JOIN, false).graphScopes()).as("the organizer's, not the"
                + " admin's").doesNotContain("Calendars.ReadWrite.Shared", "Calendars.ReadWrite");
        assertThat(RequiredAccess.ORGANIZER_SCOPES).containsExactly("Calendars.ReadWrite", "OnlineMeetings.ReadWrite");
    }
}
