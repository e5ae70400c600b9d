package com.tenantbridge.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.UnreachableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PowerShell adapters against a stand-in pwsh that records what it was given and answers canned JSON:
 * the script arrives on standard input, tokens in the environment and never on the command line.
 */
class PowerShellAdaptersTest {

    @TempDir
    Path dir;

    private Path fake;

    @BeforeEach
    void fakePwsh() throws Exception {
        fake = dir.resolve("pwsh");
        Files.writeString(fake, """
                #!/bin/sh
                script=$(cat)
                printf '%s' "$script" > "$(dirname "$0")/script.ps1"
                echo "$@" > "$(dirname "$0")/args.txt"
                echo "${TB_TEAMS_TOKEN}|${TB_GRAPH_TOKEN}|${TB_SCC_TOKEN}" > "$(dirname "$0")/env.txt"
                case "$script" in
                  *FAIL-ME*) echo "Access denied" >&2; exit 1 ;;
                  *Get-CsTenantFederationConfiguration*) echo '{"AllowFederatedUsers":true,"AllowAll":false,"AllowedDomains":["contoso1.com"],"BlockedDomains":[]}' ;;
                  *Get-CsTeamsMeetingPolicy*) echo '{"Identity":"Tag:RA-Anon","AllowAnonymousUsersToJoinMeeting":true,"AutoAdmittedUsers":"Everyone"}' ;;
                  *Get-OrganizationSegment*) echo '[{"Name":"V1","UserGroupFilter":"MemberOf -eq '"'"'v1@abc.com'"'"'"}]' ;;
                esac
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    }

    private PowerShellTeamsSettingsService teams() {
        return new PowerShellTeamsSettingsService(Optional.of(new PowerShellRunner(fake, Duration.ofSeconds(20))),
                () -> "graph-secret", () -> "teams-secret");
    }

    @Test
    void readsFederationAndPassesTokensOnlyThroughTheEnvironment() throws Exception {
        FederationConfig f = teams().federation();
        assertThat(f.allowedDomains()).containsExactly("contoso1.com");
        assertThat(f.allowFederatedUsers()).isTrue();
        assertThat(Files.readString(dir.resolve("script.ps1")))
                .contains("Connect-MicrosoftTeams -AccessTokens @($env:TB_GRAPH_TOKEN, $env:TB_TEAMS_TOKEN)",
                        "Get-CsTenantFederationConfiguration").doesNotContain("secret");
        assertThat(Files.readString(dir.resolve("args.txt"))).doesNotContain("secret").contains("-NonInteractive");
        assertThat(Files.readString(dir.resolve("env.txt"))).startsWith("teams-secret|graph-secret");
    }

    @Test
    void writesFederationWithTheDocumentedCmdlets() throws Exception {
        teams().setFederation(new FederationConfig(true, List.of("abc.com", "o'brien.com"), List.of()));
        assertThat(Files.readString(dir.resolve("script.ps1"))).contains(
                "Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomains (New-CsEdgeAllowList"
                        + " -AllowedDomain @((New-CsEdgeDomainPattern -Domain 'abc.com'),(New-CsEdgeDomainPattern"
                        + " -Domain 'o''brien.com')))");
        teams().setFederation(new FederationConfig(true, null, List.of("fabrikam.com")));
        assertThat(Files.readString(dir.resolve("script.ps1"))).contains("-AllowedDomains"
                + " (New-CsEdgeAllowAllKnownDomains) -BlockedDomains @{Replace=@((New-CsEdgeDomainPattern -Domain"
                + " 'fabrikam.com'))}");
    }

    @Test
    void readsAndWritesMeetingPolicies() throws Exception {
        assertThat(teams().meetingPolicy("RA-Anon")).contains(new MeetingPolicy("RA-Anon", true,
                AutoAdmittedUsers.Everyone));
        teams().putMeetingPolicy(new MeetingPolicy("RA-Anon", true, AutoAdmittedUsers.Everyone));
        assertThat(Files.readString(dir.resolve("script.ps1"))).contains("New-CsTeamsMeetingPolicy -Identity 'RA-Anon'"
                + " -AllowAnonymousUsersToJoinMeeting $true -AutoAdmittedUsers 'Everyone'");
    }

    @Test
    void barriersConnectToSecurityAndCompliance() throws Exception {
        PowerShellBarrierService ib = new PowerShellBarrierService(Optional.of(new PowerShellRunner(fake,
                Duration.ofSeconds(20))), () -> "scc-secret", "abc.com");
        assertThat(ib.segments()).containsExactly(new BarrierSegment("V1", "MemberOf -eq 'v1@abc.com'"));
        assertThat(Files.readString(dir.resolve("script.ps1")))
                .contains("Connect-IPPSSession -AccessToken $env:TB_SCC_TOKEN -Organization 'abc.com'");
        assertThat(Files.readString(dir.resolve("env.txt"))).endsWith("|scc-secret\n");
    }

    @Test
    void aFailingScriptSaysWhy() {
        assertThatThrownBy(() -> teams().assignMeetingPolicy("FAIL-ME@abc.com", "RA-Anon"))
                .isInstanceOf(PortException.class).hasMessageContaining("Access denied");
    }

    @Test
    void withoutPwshEveryCallIsUnreachable() {
        PowerShellTeamsSettingsService none = new PowerShellTeamsSettingsService(Optional.empty(), () -> "g",
                () -> "t");
        assertThatThrownBy(none::guestAccessAllowed).isInstanceOf(UnreachableException.class)
                .hasMessageContaining("PowerShell 7");
    }
}
