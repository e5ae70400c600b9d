package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.graph.GraphClients;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /_demo admin paths (Teams-only settings, barriers, resets) and the data folder. */
class DemoAdminTest extends DemoFixture {

    @TempDir
    Path dataDir;

    @Test
    void listsTheSeededTenantsWithTheirTokens() {
        Raw r = admin("GET", "", null);
        assertThat(r.body().path("tenants").findValuesAsText("displayName"))
                .containsExactly("ABC", "Contoso1", "Contoso2", "Vendor1", "Vendor2");
        assertThat(r.body().path("tenants").findValuesAsText("token")).contains("demo:abc.com");
    }

    @Test
    void teamsFederationIsReadAndChangedInTheCmdletsShape() {
        Raw before = admin("GET", "/tenants/contoso2.com/teams/federation", null);
        assertThat(before.body().path("AllowFederatedUsers").asBoolean()).isTrue();
        assertThat(before.body().path("AllowedDomains").isArray()).as("allow-specific with an empty list").isTrue();
        Raw patched = admin("PATCH", "/tenants/contoso2.com/teams/federation", "{\"AllowedDomains\":[\"abc.com\"]}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("AllowedDomains").get(0).asText()).isEqualTo("abc.com");
        assertThat(admin("GET", "/tenants/abc.com/teams/federation", null).body().path("AllowedDomains").asText())
                .isEqualTo("AllowAllKnownDomains");
    }

    /** One request as a browser page or a rebinding DNS name would send it: raw, with its own Host and Origin. */
    private static int rawStatus(String method, String path, String host, String origin, String token)
            throws Exception {
        java.net.URI base = java.net.URI.create(server.graphBaseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            String request = method + " /_demo" + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void adminPathsRefuseOtherSitesOtherNamesAndAnotherTenantsToken() throws Exception {
        int port = java.net.URI.create(server.graphBaseUrl()).getPort();
        String here = "127.0.0.1:" + port;
        assertThat(rawStatus("GET", "/faults", here, null, null)).isEqualTo(200);
        assertThat(rawStatus("POST", "/reset", here, "https://evil.example", null)).as("another site's page")
                .isEqualTo(403);
        assertThat(rawStatus("POST", "/reset", "evil.example:" + port, null, null)).as("a rebound DNS name")
                .isEqualTo(403);
        assertThat(rawStatus("POST", "/tenants/abc.com/reset", here, null, "demo:contoso1.com"))
                .as("contoso1's token on abc's reset").isEqualTo(403);
        assertThat(rawStatus("POST", "/reset", here, null, "demo:contoso1.com")).as("a tenant token on the whole demo")
                .isEqualTo(403);
        assertThat(rawStatus("GET", "/tenants/contoso1.com/teams/federation", here, "http://localhost:" + port,
                "demo:contoso1.com")).as("its own tenant, from this server's page").isEqualTo(200);
    }

    @Test
    void mistypedOrOutOfRangeValuesAreRefusedNotStoredWrappedOrIgnored() {
        for (String bad : java.util.List.of("{\"latencyMs\":\"abc\"}", "{\"latencyMs\":-1}",
                "{\"throttleRate\":2}", "{\"throttleNext\":1.5}", "{\"retryAfterSeconds\":99999999999}")) {
            Raw r = admin("PATCH", "/faults", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
        }
        assertThat(admin("GET", "/faults", null).body().path("latencyMs").asLong()).isZero();
        Raw seats = admin("PATCH", "/tenants/abc.com/skus/MICROSOFT_REMOTE_ASSIST", "{\"enabled\":99999999999}");
        assertThat(seats.status()).isEqualTo(400);
        assertThat(seats.body().at("/error/message").asText()).contains("enabled must be a whole number");
        assertThat(admin("PATCH", "/tenants/abc.com/skus/MICROSOFT_REMOTE_ASSIST", "{\"enabled\":\"12\"}").status())
                .isEqualTo(400);
        assertThat(admin("PATCH", "/tenants/abc.com/skus/MICROSOFT_REMOTE_ASSIST", "{\"enabled\":12}").status())
                .isEqualTo(200);
    }

    @Test
    void refusesAnUnknownSettingOrABadValueAndChangesNothing() {
        Raw unknown = admin("PATCH", "/tenants/abc.com/teams/federation", "{\"AllowEveryone\":true}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/message").asText()).contains("AllowEveryone");
        Raw badDomain = admin("PATCH", "/tenants/abc.com/teams/federation", "{\"BlockedDomains\":[\"not a domain\"],"
                + "\"AllowFederatedUsers\":false}");
        assertThat(badDomain.status()).isEqualTo(400);
        assertThat(admin("GET", "/tenants/abc.com/teams/federation", null).body().path("AllowFederatedUsers")
                .asBoolean()).isTrue();
    }

    @Test
    void meetingSettingsPoliciesAndAssignments() {
        assertThat(admin("GET", "/tenants/abc.com/teams/meetingConfiguration", null).body()
                .path("DisableAnonymousJoin").asBoolean()).isTrue();
        admin("PATCH", "/tenants/abc.com/teams/meetingConfiguration", "{\"DisableAnonymousJoin\":false}");
        Raw created = admin("POST", "/tenants/abc.com/teams/meetingPolicies", "{\"Identity\":\"RA-Anon\","
                + "\"AllowAnonymousUsersToJoinMeeting\":true,\"AutoAdmittedUsers\":\"Everyone\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin("POST", "/tenants/abc.com/teams/meetingPolicies", "{\"Identity\":\"RA-Anon\"}").status())
                .isEqualTo(409);
        assertThat(admin("PATCH", "/tenants/abc.com/teams/meetingPolicies/RA-Anon", "{\"AutoAdmittedUsers\":\"All\"}")
                .status()).isEqualTo(400);
        Raw assigned = admin("PUT", "/tenants/abc.com/teams/meetingPolicyAssignments/Technician1@abc.com",
                "{\"PolicyName\":\"RA-Anon\"}");
        assertThat(assigned.body().path("PolicyName").asText()).isEqualTo("RA-Anon");
        assertThat(admin("GET", "/tenants/abc.com/teams/meetingPolicyAssignments", null).body()
                .path("Technician1@abc.com").asText()).isEqualTo("RA-Anon");
    }

    @Test
    void informationBarriersApplyOverSimulatedTime() {
        admin("PATCH", "/faults", "{\"barrierApplicationMs\":0}");
        assertThat(admin("POST", "/tenants/abc.com/informationBarriers/segments", "{\"Name\":\"V1_RemoteAssistUser\","
                + "\"UserGroupFilter\":\"MemberOf -eq 'V1_RemoteAssistUser'\"}").status()).isEqualTo(201);
        admin("POST", "/tenants/abc.com/informationBarriers/segments", "{\"Name\":\"V1_SupportEngineer\","
                + "\"UserGroupFilter\":\"MemberOf -eq 'V1_SupportEngineer'\"}");
        assertThat(admin("POST", "/tenants/abc.com/informationBarriers/policies",
                "{\"Name\":\"p\",\"AssignedSegment\":\"V9\",\"SegmentsAllowed\":[\"V1_SupportEngineer\"],"
                + "\"State\":\"Inactive\"}").status()).isEqualTo(400);
        admin("POST", "/tenants/abc.com/informationBarriers/policies", "{\"Name\":\"V1-allow\",\"AssignedSegment\":"
                + "\"V1_RemoteAssistUser\",\"SegmentsAllowed\":[\"V1_RemoteAssistUser\",\"V1_SupportEngineer\"],"
                + "\"State\":\"Inactive\"}");
        admin("PATCH", "/tenants/abc.com/informationBarriers/policies/V1-allow", "{\"State\":\"Active\"}");
        assertThat(admin("GET", "/tenants/abc.com/informationBarriers/application",
                null).body().path("Status").asText())
                .isEqualTo("NotStarted");
        Raw started = admin("POST", "/tenants/abc.com/informationBarriers/application", null);
        assertThat(started.body().path("Status").asText()).isEqualTo("Completed");
        assertThat(started.body().path("PoliciesApplied").asInt()).isEqualTo(1);
        assertThat(started.body().has("_startedAt")).isFalse();
    }

    @Test
    void aGuestCanRedeemItsInvitation() {
        GraphServiceClient contoso1 = graph("contoso1.com");
        var invitation = new com.microsoft.graph.models.Invitation();
        invitation.setInvitedUserEmailAddress("Expert1@abc.com");
        invitation.setInviteRedirectUrl("https://teams.microsoft.com");
        String id = contoso1.invitations().post(invitation).getInvitedUser().getId();
        assertThat(admin("POST", "/tenants/contoso1.com/users/" + id + "/redeem", null).status()).isEqualTo(200);
        assertThat(contoso1.users().byUserId(id).get(rc -> rc.queryParameters.select = new String[] {
                "externalUserState"}).getExternalUserState()).isEqualTo("Accepted");
    }

    @Test
    void resettingATenantRestoresItsSeed() {
        graph("abc.com").users().post(DemoUsersContractTest.serviceAccount("Temp_SA", "US"));
        assertThat(admin("POST", "/tenants/abc.com/reset", null).status()).isEqualTo(204);
        assertThat(graph("abc.com").users().get().getValue()).extracting(User::getUserPrincipalName)
                .doesNotContain("Temp_SA@abc.com");
    }

    @Test
    void stateSurvivesARestartUntilReset() throws Exception {
        DemoOptions persistent = DemoOptions.inMemory().withData(dataDir, false);
        try (DemoTenantServer first = DemoTenantServer.start(persistent)) {
            GraphClients.demo(first.graphBaseUrl(), "abc.com").users()
                    .post(DemoUsersContractTest.serviceAccount("Kept_SA", "US"));
        }
        assertThat(Files.readString(dataDir.resolve("abc.json"))).contains("Kept_SA@abc.com")
                .doesNotContain("Xk3!vQ9#rT2m");
        try (DemoTenantServer second = DemoTenantServer.start(persistent)) {
            assertThat(GraphClients.demo(second.graphBaseUrl(), "abc.com").users().byUserId("Kept_SA@abc.com").get())
                    .isNotNull();
        }
        try (DemoTenantServer third = DemoTenantServer.start(persistent.withData(dataDir, true))) {
            assertThat(GraphClients.demo(third.graphBaseUrl(), "abc.com").users().get().getValue())
                    .extracting(User::getUserPrincipalName).doesNotContain("Kept_SA@abc.com");
        }
    }
}
