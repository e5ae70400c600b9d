package com.tenantbridge.connect;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.auth.TenantSignIn;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.graph.GraphClients;
import com.tenantbridge.graph.GraphCrossTenantAccessService;
import com.tenantbridge.graph.GraphDirectoryService;
import com.tenantbridge.graph.GraphLicensingService;
import com.tenantbridge.graph.GraphMeetingService;
import com.tenantbridge.graph.GraphTeamMembershipService;
import com.tenantbridge.powershell.PowerShellBarrierService;
import com.tenantbridge.powershell.PowerShellRunner;
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

    /** The Security &amp; Compliance PowerShell resource for Connect-IPPSSession -AccessToken (unverified, see README). */
    public static final String COMPLIANCE_SCOPE = "https://ps.compliance.protection.outlook.com/.default";

    private final Map<String, TenantPorts> ports = new LinkedHashMap<>();

    /** One entry per tenant signed in, keyed by each of the domains it was named with. */
    public Microsoft365Connections(Map<String, TenantSignIn> signIns, RequiredAccess access) {
        Optional<PowerShellRunner> pwsh = PowerShellRunner.find();
        Set<String> scopes = Set.copyOf(access.graphScopes());
        signIns.forEach((domain, signIn) -> {
            GraphServiceClient graph = GraphClients.microsoft365(() -> signIn.graphToken(scopes));
            ports.put(domain.toLowerCase(Locale.ROOT), new TenantPorts(domain, new GraphDirectoryService(graph),
                    new GraphLicensingService(graph), new GraphCrossTenantAccessService(graph),
                    new GraphTeamMembershipService(graph), new GraphMeetingService(graph),
                    new PowerShellTeamsSettingsService(pwsh, () -> signIn.graphToken(scopes),
                            () -> signIn.token(RequiredAccess.TEAMS_ADMIN_SCOPE)),
                    new PowerShellBarrierService(pwsh, () -> signIn.token(COMPLIANCE_SCOPE), domain),
                    new com.tenantbridge.graph.GraphBulkWriteService(graph)));
        });
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
        return "Microsoft 365 tenant" + (ports.size() == 1 ? " " : "s ") + String.join(", ", List.copyOf(ports.keySet()));
    }
}
