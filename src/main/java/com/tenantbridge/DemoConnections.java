package com.tenantbridge;

import com.tenantbridge.domain.scenario.RequiredAccess;

import com.tenantbridge.demoadmin.DemoBarrierService;
import com.tenantbridge.graph.GraphTenant;
import com.tenantbridge.demoadmin.DemoTeamsSettingsService;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.port.TenantAccessException;
import com.tenantbridge.service.port.TenantPorts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every tenant of a demo tenant server: Graph through the real SDK over HTTP, Teams-only settings through
 * the server's admin paths. Each tenant is reached with its own demo token: the tenant-admin token with every
 * permission, or — as the app runs — a delegated token for the tenant's admin with exactly the scopes the plan's
 * scenario asks for, so a call the sign-in would not allow fails here as on Microsoft Graph.
 */
public final class DemoConnections implements TenantConnections {

    private final String graphBaseUrl;
    private final Set<String> domains;
    private final Map<String, TenantPorts> ports = new HashMap<>();
    /** Domain (lower case) → the user the delegated token is for; empty for tenant-admin tokens. */
    private final Map<String, String> signedIn;
    private final List<String> scopes;
    /** Whether the meetings' organizers can sign in (every demo user can); false stands for an organizer away. */
    private final boolean organizersAtHand;

    /** {@code domains}: the verified domains the demo server holds (lower case). */
    public DemoConnections(String graphBaseUrl, Set<String> domains) {
        this(graphBaseUrl, domains, Map.of(), List.of(), true);
    }

    private DemoConnections(String graphBaseUrl, Set<String> domains, Map<String, String> signedIn,
            List<String> scopes, boolean organizersAtHand) {
        this.graphBaseUrl = graphBaseUrl;
        this.domains = Set.copyOf(domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
        this.signedIn = Map.copyOf(signedIn);
        this.scopes = List.copyOf(scopes);
        this.organizersAtHand = organizersAtHand;
    }

    /** The same tenants, with no meeting organizer at hand to sign in: their meetings are handed over. */
    public DemoConnections withOrganizersAway() {
        return new DemoConnections(graphBaseUrl, domains, signedIn, scopes, false);
    }

    /**
     * The same tenants, each signed in as its admin ({@code admin@<default domain>}, as the seeded tenants have)
     * with only {@code scopes}; {@code defaultDomains} maps each domain to its tenant's default domain.
     */
    public DemoConnections signedInWith(List<String> scopes, Map<String, String> defaultDomains) {
        Map<String, String> users = new HashMap<>();
        defaultDomains.forEach((d, main) -> users.put(d.toLowerCase(Locale.ROOT), "admin@" + main));
        return new DemoConnections(graphBaseUrl, domains, users, scopes, organizersAtHand);
    }

    @Override
    public synchronized Optional<TenantPorts> ports(String domain) {
        if (domain == null || !domains.contains(domain.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(ports.computeIfAbsent(domain.toLowerCase(Locale.ROOT), d -> {
            String user = signedIn.get(d);
            GraphTenant graph = graph(d);
            return new TenantPorts(d, graph.directory(), graph.licensing(), graph.crossTenantAccess(), graph.teams(),
                    organizerMeetings(), new DemoTeamsSettingsService(graphBaseUrl, d),
                    new DemoBarrierService(graphBaseUrl, d), graph.bulkWrites());
        }));
    }

    /** Each organizer signs in for their own meeting with only the organizer's scopes, as on Microsoft 365. */
    private OrganizerMeetings organizerMeetings() {
        return new OrganizerMeetings(organizer -> organizersAtHand ? GraphTenant.demoDelegated(graphBaseUrl,
                organizer, RequiredAccess.ORGANIZER_SCOPES).meetings() : null);
    }

    /** The tenant-admin token, or the signed-in admin's delegated one with only the plan's scopes. */
    private GraphTenant graph(String domain) {
        String user = signedIn.get(domain);
        return user == null ? GraphTenant.demo(graphBaseUrl, domain) : GraphTenant.demoDelegated(graphBaseUrl, user,
                scopes);
    }

    /** Connects to a running demo tenant (this process's or another's) and learns its tenants' domains. */
    public static DemoConnections discover(String graphBaseUrl) throws IOException {
        return discover(graphBaseUrl, null);
    }

    /** As {@link #discover(String)}, signed in with only {@code scopes} when given. */
    public static DemoConnections discover(String graphBaseUrl, List<String> scopes) throws IOException {
        String admin = graphBaseUrl.replaceFirst("/v1\\.0/?$", "") + "/_demo/tenants";
        HttpRequest request = HttpRequest.newBuilder(URI.create(admin)).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TenantAccessException("No demo tenant answers at " + graphBaseUrl + ": "
                    + Failures.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try {
            if (r.statusCode() != 200) {
                throw new TenantAccessException("No demo tenant answers at " + graphBaseUrl + " (HTTP "
                        + r.statusCode() + "): check the address; start one with: tenantbridge demo-tenant", null);
            }
            Set<String> domains = new HashSet<>();
            Map<String, String> defaults = new HashMap<>();
            new ObjectMapper().readTree(r.body()).path("value").forEach(t -> t.path("domains").forEach(d -> {
                domains.add(d.asText());
                defaults.put(d.asText(), t.path("defaultDomain").asText());
            }));
            DemoConnections all = new DemoConnections(graphBaseUrl, domains);
            return scopes == null ? all : all.signedInWith(scopes, defaults);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TenantAccessException("What answers at " + graphBaseUrl + " is not a demo tenant: check the"
                    + " address", e);
        }
    }

    @Override
    public Optional<com.tenantbridge.service.port.AppRegistrationService> appRegistrations(String domain) {
        if (domain == null || !domains.contains(domain.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(graph(domain.toLowerCase(Locale.ROOT)).appRegistrations());
    }

    /** The demo tenant answers Teams and barrier settings itself. */
    @Override
    public boolean settingsThroughPowerShell() {
        return false;
    }

    @Override
    public String describe() {
        return "demo tenant at " + graphBaseUrl;
    }
}
