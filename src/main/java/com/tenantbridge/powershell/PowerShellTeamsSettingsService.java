package com.tenantbridge.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.service.change.PowerShellText;
import com.tenantbridge.service.port.AnonymousJoinGates;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.TeamsSettingsService;
import com.tenantbridge.service.port.UnreachableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Teams-settings port on a real tenant: MicrosoftTeams cmdlets in a pwsh signed in to the tenant (see
 * {@link PowerShellSignIn}). When PowerShell, the module or the sign-in is missing, every call is unreachable and
 * the changes go into the runbook instead.
 */
public final class PowerShellTeamsSettingsService implements TeamsSettingsService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PowerShellHost host;

    public PowerShellTeamsSettingsService(PowerShellHost host) {
        this.host = host;
    }

    private JsonNode run(String body) {
        String out = host.run(body);
        try {
            return out.isBlank() ? JSON.createObjectNode() : JSON.readTree(out);
        } catch (Exception e) {
            throw new UnreachableException("Teams PowerShell did not answer JSON: " + out.strip()
                    + " \u2014 this setting is left to the runbook");
        }
    }

    static String federationScript() {
        return "$f = Get-CsTenantFederationConfiguration\n"
                + "$all = $f.AllowedDomains.GetType().Name -match 'AllowAllKnownDomains'\n"
                + "[pscustomobject]@{ AllowFederatedUsers = $f.AllowFederatedUsers;"
                + " AllowAll = $all;"
                + " AllowedDomains = @($f.AllowedDomains.AllowedDomain | ForEach-Object { $_.Domain });"
                + " BlockedDomains = @($f.BlockedDomains | ForEach-Object { $_.Domain }) } | ConvertTo-Json -Compress\n";
    }

    @Override
    public FederationConfig federation() {
        JsonNode f = run(federationScript());
        return new FederationConfig(f.path("AllowFederatedUsers").asBoolean(),
                f.path("AllowAll").asBoolean() ? null
                : strings(f.path("AllowedDomains")), strings(f.path("BlockedDomains")));
    }

    @Override
    public void setFederation(FederationConfig config) {
        String allowed = config.allowsAllKnownDomains() ? "(New-CsEdgeAllowAllKnownDomains)"
                : "(New-CsEdgeAllowList -AllowedDomain @(" + config.allowedDomains().stream()
                        .map(d -> "(New-CsEdgeDomainPattern -Domain " + PowerShellText.q(d) + ")")
                        .collect(Collectors.joining(",")) + "))";
        String blocked = config.blockedDomains().isEmpty() ? "$null" : "@{Replace=@(" + config.blockedDomains().stream()
                .map(d -> "(New-CsEdgeDomainPattern -Domain " + PowerShellText.q(d) + ")")
                .collect(Collectors.joining(",")) + ")}";
        run("Set-CsTenantFederationConfiguration -AllowFederatedUsers $" + config.allowFederatedUsers()
                + " -AllowedDomains " + allowed + " -BlockedDomains " + blocked + "\n");
    }

    @Override
    public boolean anonymousJoinDisabled() {
        return run("Get-CsTeamsMeetingConfiguration -Identity Global | Select-Object DisableAnonymousJoin"
                + " | ConvertTo-Json -Compress\n").path("DisableAnonymousJoin").asBoolean();
    }

    @Override
    public void setAnonymousJoinDisabled(boolean disabled) {
        run("Set-CsTeamsMeetingConfiguration -Identity Global -DisableAnonymousJoin $" + disabled + "\n");
    }

    @Override
    public Optional<MeetingPolicy> meetingPolicy(String identity) {
        JsonNode p = run("$p = Get-CsTeamsMeetingPolicy -Identity " + PowerShellText.q(identity)
                + " -ErrorAction SilentlyContinue\n"
                + "if ($p) { $p | Select-Object Identity, AllowAnonymousUsersToJoinMeeting,"
                + " @{n='AutoAdmittedUsers';e={\"$($_.AutoAdmittedUsers)\"}},"
                + " @{n='AnonymousUserAuthenticationMethod';e={\"$($_.AnonymousUserAuthenticationMethod)\"}},"
                + " @{n='CaptchaVerificationForMeetingJoin';e={\"$($_.CaptchaVerificationForMeetingJoin)\"}},"
                + " @{n='BlockedAnonymousJoinClientTypes';e={@($_.BlockedAnonymousJoinClientTypes | ForEach-Object"
                + " { \"$_\" })}} | ConvertTo-Json -Compress }\n");
        if (!p.has("AllowAnonymousUsersToJoinMeeting")) {
            return Optional.empty();
        }
        java.util.List<String> blocked = new java.util.ArrayList<>();
        p.path("BlockedAnonymousJoinClientTypes").forEach(c -> blocked.add(c.asText()));
        return Optional.of(new MeetingPolicy(identity, p.path("AllowAnonymousUsersToJoinMeeting").asBoolean(),
                AutoAdmittedUsers.valueOf(p.path("AutoAdmittedUsers").asText()), new AnonymousJoinGates(
                        blank(p.path("AnonymousUserAuthenticationMethod").asText(""), "OneTimePasscode"),
                        blank(p.path("CaptchaVerificationForMeetingJoin").asText(""), "NotRequired"), blocked)));
    }

    @Override
    public void putMeetingPolicy(MeetingPolicy policy) {
        String settings = " -AllowAnonymousUsersToJoinMeeting $" + policy.allowAnonymousUsersToJoinMeeting()
                + " -AutoAdmittedUsers " + PowerShellText.q(policy.autoAdmittedUsers().name());
        String id = PowerShellText.q(policy.identity());
        run("if (Get-CsTeamsMeetingPolicy -Identity " + id + " -ErrorAction SilentlyContinue) {"
                + " Set-CsTeamsMeetingPolicy -Identity " + id + settings + " } else {"
                + " New-CsTeamsMeetingPolicy -Identity " + id + settings + " | Out-Null }\n");
    }

    @Override
    public void deleteMeetingPolicy(String identity) {
        run("Remove-CsTeamsMeetingPolicy -Identity " + PowerShellText.q(identity) + " -ErrorAction SilentlyContinue\n");
    }

    @Override
    public Optional<String> assignedMeetingPolicy(String userPrincipalName) {
        JsonNode a = run("Get-CsOnlineUser -Identity " + PowerShellText.q(userPrincipalName)
                + " | Select-Object @{n='Policy';e={\"$($_.TeamsMeetingPolicy)\"}} | ConvertTo-Json -Compress\n");
        String name = a.path("Policy").asText("");
        return name.isBlank() || name.equalsIgnoreCase("Global") ? Optional.empty() : Optional.of(name);
    }

    @Override
    public void assignMeetingPolicy(String userPrincipalName, String identity) {
        run("Grant-CsTeamsMeetingPolicy -Identity " + PowerShellText.q(userPrincipalName) + " -PolicyName "
                + (identity == null ? "$null" : PowerShellText.q(identity)) + "\n");
    }

    @Override
    public boolean guestAccessAllowed() {
        return run("Get-CsTeamsClientConfiguration -Identity Global | Select-Object AllowGuestUser"
                + " | ConvertTo-Json -Compress\n").path("AllowGuestUser").asBoolean();
    }

    @Override
    public void setGuestAccessAllowed(boolean allowed) {
        run("Set-CsTeamsClientConfiguration -Identity Global -AllowGuestUser $" + allowed + "\n");
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    /** An empty value read from PowerShell is the page's default. */
    private static String blank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
