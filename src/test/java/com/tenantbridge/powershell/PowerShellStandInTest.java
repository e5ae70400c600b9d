package com.tenantbridge.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.UnreachableException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PowerShell adapters end to end against a stand-in pwsh that checks every call against the catalogue of
 * Microsoft's cmdlet pages: each port method's script is accepted, the module signs in once, by itself unless the
 * admin's own app hands over tokens, and what is missing (module, version, sign-in) becomes runbook work, said once.
 */
@DisabledOnOs(OS.WINDOWS)
class PowerShellStandInTest {

    @TempDir
    Path dir;

    private final List<String> messages = new CopyOnWriteArrayList<>();

    @Test
    void everyTeamsCallIsAsTheReferencePagesDefineItAndSignsInOnce() throws Exception {
        StandIn pwsh = new StandIn(dir, StandIn.healthy());
        try (ModuleHost host = pwsh.host(PowerShellModule.TEAMS, StandIn.ownSignIn(false), messages::add)) {
            var teams = new PowerShellTeamsSettingsService(host);
            assertThat(teams.federation().allowsAllKnownDomains()).isTrue();
            teams.setFederation(new FederationConfig(true, List.of("contoso1.com", "o'brien.com"), List.of("x.com")));
            assertThat(teams.federation()).isEqualTo(new FederationConfig(true, List.of("contoso1.com", "o'brien.com"),
                    List.of("x.com")));
            teams.setFederation(new FederationConfig(true, null, List.of()));
            assertThat(teams.federation().allowsAllKnownDomains()).isTrue();
            teams.putMeetingPolicy(new MeetingPolicy("RA-Anon", true, AutoAdmittedUsers.Everyone));
            // Read back with what the plan does not set: the page's defaults for a new policy.
            assertThat(teams.meetingPolicy("RA-Anon")).contains(new MeetingPolicy("RA-Anon", true,
                    AutoAdmittedUsers.Everyone, com.tenantbridge.service.port.AnonymousJoinGates.DEFAULTS));
            teams.assignMeetingPolicy("tech@abc.com", "RA-Anon");
            assertThat(teams.assignedMeetingPolicy("tech@abc.com")).contains("RA-Anon");
            teams.setAnonymousJoinDisabled(false);
            assertThat(teams.anonymousJoinDisabled()).isFalse();
            teams.setGuestAccessAllowed(true);
            assertThat(teams.guestAccessAllowed()).isTrue();
            teams.deleteMeetingPolicy("RA-Anon");
            assertThat(teams.meetingPolicy("RA-Anon")).isEmpty();
        }
        List<JsonNode> calls = pwsh.calls();
        assertThat(calls).hasSizeGreaterThan(12).allSatisfy(c -> assertThat(c.path("problems")).as(c.path("script")
                .asText()).isEmpty());
        assertThat(pwsh.state().path("connects").asInt()).as("signed in once for the whole session").isEqualTo(1);
        assertThat(calls.stream().filter(c -> c.path("script").asText().contains("Connect-MicrosoftTeams")))
                .singleElement().satisfies(c -> {
                    assertThat(c.path("script").asText()).contains("Connect-MicrosoftTeams -TenantId"
                            + " '6a3c1f1e-0000-4000-8000-00000000abcd' -AccountId 'admin@abc.com'")
                            .doesNotContain("AccessTokens");
                    assertThat(c.path("env").asText()).as("no token handed over").isEmpty();
                });
    }

    @Test
    void aDeviceCodeSignInIsShownToTheAdmin() throws Exception {
        StandIn pwsh = new StandIn(dir, StandIn.healthy());
        try (ModuleHost host = pwsh.host(PowerShellModule.TEAMS, StandIn.ownSignIn(true), messages::add)) {
            new PowerShellTeamsSettingsService(host).guestAccessAllowed();
        }
        assertThat(messages).anyMatch(m -> m.contains("devicelogin") && m.contains("STANDIN42"));
    }

    @Test
    void theAdminsOwnAppHandsItsTokensOverThroughTheEnvironmentOnly() throws Exception {
        StandIn pwsh = new StandIn(dir, StandIn.healthy());
        try (ModuleHost host = pwsh.host(PowerShellModule.TEAMS, StandIn.tokens(), messages::add)) {
            new PowerShellTeamsSettingsService(host).federation();
        }
        assertThat(pwsh.calls()).allSatisfy(c -> assertThat(c.path("script").asText()).doesNotContain("secret"))
                .anySatisfy(c -> assertThat(c.path("script").asText()).contains(
                        "Connect-MicrosoftTeams -AccessTokens @($env:TB_GRAPH_TOKEN, $env:TB_TEAMS_TOKEN)"));
        assertThat(pwsh.calls().get(0).path("env").asText()).contains("TB_GRAPH_TOKEN", "TB_TEAMS_TOKEN");
    }

    @Test
    void anExchangeModuleNewerThanItsPowerShellIsNamedAndNothingSignsIn() throws Exception {
        var state = StandIn.healthy();
        state.with("modules").put("ExchangeOnlineManagement", "3.10.0");
        StandIn pwsh = new StandIn(dir, state);
        try (ModuleHost host = pwsh.host(PowerShellModule.EXCHANGE, StandIn.ownSignIn(true), messages::add)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(com.tenantbridge.service.port.UnreachableException
                    .class, () -> new PowerShellBarrierService(host).segments());
            assertThat(e.getMessage()).contains("ExchangeOnlineManagement 3.10.0 needs PowerShell 7.6", "7.4.6",
                    "runbook");
        }
        assertThat(pwsh.calls()).noneMatch(c -> c.path("script").asText().contains("Connect-IPPSSession"));
    }

    @Test
    void securityAndComplianceNeverPromisesADeviceCode() throws Exception {
        StandIn pwsh = new StandIn(dir, StandIn.healthy());
        try (ModuleHost host = pwsh.host(PowerShellModule.EXCHANGE, StandIn.ownSignIn(true), messages::add)) {
            new PowerShellBarrierService(host).segments();
        }
        assertThat(messages).anyMatch(m -> m.contains("Signing in to Security & Compliance PowerShell"))
                .noneMatch(m -> m.contains("device code"));
        assertThat(pwsh.calls()).noneMatch(c -> c.path("script").asText().contains("UseDeviceAuthentication"));
    }

    @Test
    void barriersGoThroughSecurityAndCompliancePowerShellAsDocumented() throws Exception {
        StandIn pwsh = new StandIn(dir, StandIn.healthy());
        try (ModuleHost host = pwsh.host(PowerShellModule.EXCHANGE, StandIn.ownSignIn(false), messages::add)) {
            var ib = new PowerShellBarrierService(host);
            ib.createSegment(new BarrierSegment("Vendor 1", "MemberOf -eq 'v1@abc.com'"));
            assertThat(ib.segments()).containsExactly(new BarrierSegment("Vendor 1", "MemberOf -eq 'v1@abc.com'"));
            ib.createPolicy(new BarrierPolicyState("Vendor 1 - allowed", "Vendor 1", List.of("Vendor 1", "Host"),
                    List.of(), false));
            ib.createPolicy(new BarrierPolicyState("Vendor 2 - blocked", "Vendor 2", List.of(), List.of("Vendor 1"),
                    false));
            ib.setPolicyActive("Vendor 1 - allowed", true);
            assertThat(ib.policies()).extracting(BarrierPolicyState::name, BarrierPolicyState::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Vendor 1 - allowed", true),
                            org.assertj.core.groups.Tuple.tuple("Vendor 2 - blocked", false));
            ib.startApplication();
            assertThat(ib.applicationStatus().status()).isEqualTo("Completed");
            ib.deletePolicy("Vendor 2 - blocked");
            ib.deleteSegment("Vendor 1");
            assertThat(ib.segments()).isEmpty();
        }
        assertThat(pwsh.calls()).allSatisfy(c -> assertThat(c.path("problems")).as(c.path("script").asText())
                .isEmpty()).anySatisfy(c -> assertThat(c.path("script").asText()).contains(
                        "Connect-IPPSSession -UserPrincipalName 'admin@abc.com' -ShowBanner:$false"));
    }

    @Test
    void aMissingModuleIsNamedWithItsInstallCommandOnceAndNothingSignsIn() throws Exception {
        var state = StandIn.healthy();
        state.with("modules").remove("MicrosoftTeams");
        StandIn pwsh = new StandIn(dir, state);
        try (ModuleHost host = pwsh.host(PowerShellModule.TEAMS, StandIn.ownSignIn(false), messages::add)) {
            var teams = new PowerShellTeamsSettingsService(host);
            assertThatThrownBy(teams::federation).isInstanceOf(UnreachableException.class).hasMessage(
                    "the PowerShell module MicrosoftTeams is not installed: run Install-Module MicrosoftTeams -Scope"
                            + " CurrentUser in PowerShell 7 (until then, abc.com's Teams PowerShell settings are in"
                            + " the runbook)");
            assertThatThrownBy(teams::guestAccessAllowed).isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("Install-Module MicrosoftTeams");
        }
        assertThat(pwsh.calls()).as("only the version check, once").hasSize(1);
        assertThat(pwsh.state().path("connects").asInt()).isZero();
    }

    @Test
    void anOldModuleOrAFailedSignInIsSaidPlainly() throws Exception {
        var old = StandIn.healthy();
        old.with("modules").put("ExchangeOnlineManagement", "3.4.0");
        StandIn pwsh = new StandIn(dir.resolve("old"), old);
        try (ModuleHost host = pwsh.host(PowerShellModule.EXCHANGE, StandIn.tokens(), messages::add)) {
            assertThatThrownBy(() -> new PowerShellBarrierService(host).segments())
                    .isInstanceOf(UnreachableException.class).hasMessageStartingWith("ExchangeOnlineManagement 3.4.0"
                            + " is older than the 3.8.0 this needs: run Update-Module ExchangeOnlineManagement");
        }
        var refused = StandIn.healthy().put("connectFails", "AADSTS65001: The user or administrator has not"
                + " consented to use the application.");
        StandIn denied = new StandIn(dir.resolve("denied"), refused);
        try (ModuleHost host = denied.host(PowerShellModule.TEAMS, StandIn.ownSignIn(false), messages::add)) {
            assertThatThrownBy(() -> new PowerShellTeamsSettingsService(host).federation())
                    .isInstanceOf(UnreachableException.class).hasMessageStartingWith("could not sign in to Teams"
                            + " PowerShell for abc.com: AADSTS65001");
        }
    }

    @Test
    void theDoctorsProbeReadsVersionsAndSignsInNowhere() throws Exception {
        var state = StandIn.healthy();
        state.with("modules").put("ExchangeOnlineManagement", "3.4.0");
        StandIn pwsh = new StandIn(dir, state);
        var items = new PowerShellProbe(java.util.Optional.of(pwsh.pwsh), true).read();
        assertThat(items).extracting(i -> i.name() + " " + i.found() + " " + i.ready()).containsExactly(
                "PowerShell 7 7.4.6 true", "MicrosoftTeams 6.7.0 true", "ExchangeOnlineManagement 3.4.0 false");
        assertThat(items.get(2).fix()).isEqualTo("Update-Module ExchangeOnlineManagement in PowerShell 7");
        assertThat(pwsh.state().path("connects").asInt()).isZero();
        assertThat(new PowerShellProbe(java.util.Optional.empty(), false).read()).singleElement()
                .satisfies(i -> assertThat(i.fix()).contains("Install PowerShell 7.2 or later"));
    }

    @Test
    void aPwshThatCannotStartIsRunbookWorkToo() throws Exception {
        Path broken = java.nio.file.Files.writeString(dir.resolve("pwsh"), "not a program");
        ModuleHost host = new ModuleHost(java.util.Optional.of(broken), PowerShellModule.TEAMS, "abc.com",
                StandIn.ownSignIn(false), messages::add);
        assertThatThrownBy(() -> new PowerShellTeamsSettingsService(host).guestAccessAllowed())
                .isInstanceOf(UnreachableException.class).hasMessageContaining("could not start");
    }

    @Test
    void withoutPwshEveryCallIsRunbookWork() {
        ModuleHost none = new ModuleHost(java.util.Optional.empty(), PowerShellModule.TEAMS, "abc.com",
                StandIn.ownSignIn(false), messages::add);
        assertThatThrownBy(() -> new PowerShellTeamsSettingsService(none).guestAccessAllowed())
                .isInstanceOf(UnreachableException.class).hasMessageContaining("PowerShell 7 (pwsh) is not installed");
    }
}
