package com.tenantbridge.graph;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.service.port.AppRegistrationService;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.CrossTenantAccessService;
import com.tenantbridge.service.port.DirectoryService;
import com.tenantbridge.service.port.LicensingService;
import com.tenantbridge.service.port.MeetingService;
import com.tenantbridge.service.port.TeamMembershipService;
import java.util.List;
import java.util.function.Supplier;

/**
 * One tenant as Microsoft Graph reaches it: the service ports over one SDK client. The composition root asks for
 * ports here, so the Graph SDK itself never leaves this package.
 */
public final class GraphTenant {

    private final GraphServiceClient graph;

    private GraphTenant(GraphServiceClient graph) {
        this.graph = graph;
    }

    /** Microsoft Graph with the bearer tokens {@code token} hands out (MSAL's, refreshed by it). */
    public static GraphTenant microsoft365(Supplier<String> token) {
        return new GraphTenant(GraphClients.microsoft365(token));
    }

    /** A demo tenant reached with its tenant-admin token. */
    public static GraphTenant demo(String baseUrl, String tenantDomain) {
        return new GraphTenant(GraphClients.demo(baseUrl, tenantDomain));
    }

    /** A demo tenant reached as {@code user} with only {@code scopes}, as a delegated sign-in would. */
    public static GraphTenant demoDelegated(String baseUrl, String user, List<String> scopes) {
        return new GraphTenant(GraphClients.demoDelegated(baseUrl, user, scopes));
    }

    public DirectoryService directory() {
        return new GraphDirectoryService(graph);
    }

    public LicensingService licensing() {
        return new GraphLicensingService(graph);
    }

    public CrossTenantAccessService crossTenantAccess() {
        return new GraphCrossTenantAccessService(graph);
    }

    public TeamMembershipService teams() {
        return new GraphTeamMembershipService(graph);
    }

    public MeetingService meetings() {
        return new GraphMeetingService(graph);
    }

    public BulkWriteService bulkWrites() {
        return new GraphBulkWriteService(graph);
    }

    public AppRegistrationService appRegistrations() {
        return new GraphAppRegistrationService(graph);
    }

    /** Loads the SDK's classes ahead of the first call; sends nothing. */
    public static void warmUp() {
        GraphClients.warmUp();
    }
}
