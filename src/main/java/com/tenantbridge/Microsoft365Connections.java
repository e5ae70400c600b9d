package com.tenantbridge;

import com.tenantbridge.auth.TenantSignIn;
import com.tenantbridge.graph.GraphTenant;
import com.tenantbridge.service.port.DirectoryService;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.powershell.PowerShellBarrierService;
import com.tenantbridge.powershell.ModuleHost;
import com.tenantbridge.powershell.PowerShellModule;
import com.tenantbridge.powershell.PowerShellRunner;
import com.tenantbridge.powershell.PowerShellSignIn;
import com.tenantbridge.service.port.SignInMethod;
import java.nio.file.Path;
import java.util.function.Consumer;
import com.tenantbridge.powershell.PowerShellTeamsSettingsService;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.TenantPorts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Microsoft 365 tenants the admin signed in to: Microsoft Graph through the SDK with MSAL tokens, and the
 * Teams-only and barrier settings through PowerShell 7 when it is installed (otherwise those changes go into
 * the runbook). A tenant not signed in is absent.
 */
public final class Microsoft365Connections implements TenantConnections {

    /**
     * The Security &amp; Compliance PowerShell resource for Connect-IPPSSession -AccessToken, asked only with the
     * admin's own app registration (unverified: the reference names no scope, see README).
     */
    public static final String COMPLIANCE_SCOPE = "https://ps.compliance.protection.outlook.com/.default";

    private final Map<String, TenantPorts> ports = new LinkedHashMap<>();
    private final List<ModuleHost> hosts = new java.util.ArrayList<>();

    /** One entry per tenant signed in, keyed by each of the domains it was named with. */
    public Microsoft365Connections(Map<String, TenantSignIn> signIns, RequiredAccess access) {
        this(signIns, access, message -> org.slf4j.LoggerFactory.getLogger(Microsoft365Connections.class)
                .info("{}", message));
    }

    /** {@code messages} shows the admin what PowerShell asks for (a device code) and says while it signs in. */
    public Microsoft365Connections(Map<String, TenantSignIn> signIns, RequiredAccess access,
            Consumer<String> messages) {
        Optional<Path> pwsh = PowerShellRunner.onPath("pwsh");
        Set<String> scopes = Set.copyOf(access.graphScopes());
        signIns.forEach((domain, signIn) -> {
            GraphTenant graph = GraphTenant.microsoft365(() -> signIn.graphToken(scopes));
            DirectoryService directory = graph.directory();
            ModuleHost teams = new ModuleHost(pwsh, PowerShellModule.TEAMS, domain, signInFor(signIn, directory,
                    () -> Map.of("TB_GRAPH_TOKEN", signIn.graphToken(scopes), "TB_TEAMS_TOKEN",
                            signIn.token(RequiredAccess.TEAMS_ADMIN_SCOPE))), messages);
            ModuleHost compliance = new ModuleHost(pwsh, PowerShellModule.EXCHANGE, domain, signInFor(signIn,
                    directory, () -> Map.of("TB_SCC_TOKEN", signIn.token(COMPLIANCE_SCOPE))), messages);
            registrations.put(domain.toLowerCase(Locale.ROOT), graph.appRegistrations());
            hosts.add(teams);
            hosts.add(compliance);
            ports.put(domain.toLowerCase(Locale.ROOT), new TenantPorts(domain, directory, graph.licensing(),
                    graph.crossTenantAccess(), graph.teams(), meetings(domain),
                    new PowerShellTeamsSettingsService(teams), new PowerShellBarrierService(compliance),
                    graph.bulkWrites()));
        });
    }

    private final Map<String, com.tenantbridge.service.port.AppRegistrationService> registrations =
            new LinkedHashMap<>();

    @Override
    public Optional<com.tenantbridge.service.port.AppRegistrationService> appRegistrations(String domain) {
        return Optional.ofNullable(domain == null ? null : registrations.get(domain.toLowerCase(Locale.ROOT)));
    }

    /** The organizers who signed in for their meetings, per tenant; a meeting without one is handed over. */
    private final Map<String, OrganizerMeetings> organizers = new LinkedHashMap<>();

    private OrganizerMeetings meetings(String domain) {
        return organizers.computeIfAbsent(domain.toLowerCase(Locale.ROOT), d -> new OrganizerMeetings(null));
    }

    /**
     * The organizer's own sign-in to {@code domain} (RequiredAccess.ORGANIZER_SCOPES): their meeting is made, read
     * and undone with it.
     */
    public void organizerSignedIn(String domain, TenantSignIn organizer) {
        meetings(domain).signedIn(organizer.username(), GraphTenant.microsoft365(() -> organizer.graphToken(
                Set.copyOf(RequiredAccess.ORGANIZER_SCOPES))).meetings());
    }

    /** Tokens are handed over only with the admin's own app registration; otherwise the module signs in itself. */
    private static PowerShellSignIn signInFor(TenantSignIn signIn, DirectoryService directory,
            java.util.function.Supplier<Map<String, String>> tokens) {
        return new PowerShellSignIn(() -> directory.tenant().tenantId(), signIn.username(),
                signIn.method() == SignInMethod.DEVICE_CODE, signIn.ownAppRegistration() ? tokens : null);
    }

    /** Ends the PowerShell sessions (the modules sign out with their process). */
    public void close() {
        hosts.forEach(ModuleHost::close);
    }

    @Override
    public Optional<TenantPorts> ports(String domain) {
        return Optional.ofNullable(domain == null ? null : ports.get(domain.toLowerCase(Locale.ROOT)));
    }

    /** Paced to Graph's identity write quota (3,000 writes per 150 s per app and tenant), as README promises. */
    @Override
    public com.tenantbridge.service.engine.BulkSettings bulkSettings() {
        return com.tenantbridge.service.engine.BulkSettings.graphQuota();
    }

    @Override
    public String describe() {
        return "Microsoft 365 tenant" + (ports.size() == 1 ? " " : "s ")
                + String.join(", ", List.copyOf(ports.keySet()));
    }
}
