package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's cross-tenant access settings are read, then only the directions the plan names are written: a
 * direction the plan leaves out, and one the tenant limits to a group, stay exactly as they were, through the run
 * and its rollback (crosstenantaccesspolicyconfigurationpartner-update: a PATCH changes only what it carries).
 */
class PartnerSettingsKeptTest {

    private static final String ABC = "d4d3e428-77c3-57f7-82e4-dffbf02de9c3";
    private static final String GROUP = "7f3c2a10-5b4e-4c1d-9a8b-0e2f1d3c4b5a";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static HttpResponse<String> call(EngineFixture f, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.server.graphBaseUrl() + path))
                .header("Authorization", "Bearer demo:contoso1.com").header("Content-Type", "application/json");
        b.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode partner(EngineFixture f) throws Exception {
        return JSON.readTree(call(f, "GET", "/policies/crossTenantAccessPolicy/partners/" + ABC, null).body());
    }

    @Test
    void directionsThePlanDoesNotManageAndScopedOnesSurviveTheRunAndItsRollback() throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.GUEST_ACCESS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            String seeded = "{\"tenantId\":\"" + ABC + "\","
                    + "\"b2bCollaborationOutbound\":{\"usersAndGroups\":{\"accessType\":\"blocked\",\"targets\":"
                    + "[{\"target\":\"AllUsers\",\"targetType\":\"user\"}]},\"applications\":{\"accessType\":\"blocked\","
                    + "\"targets\":[{\"target\":\"AllApplications\",\"targetType\":\"application\"}]}},"
                    + "\"b2bDirectConnectInbound\":{\"usersAndGroups\":{\"accessType\":\"allowed\",\"targets\":"
                    + "[{\"target\":\"" + GROUP + "\",\"targetType\":\"group\"}]},\"applications\":{\"accessType\":"
                    + "\"allowed\",\"targets\":[{\"target\":\"AllApplications\",\"targetType\":\"application\"}]}}}";
            assertThat(call(f, "POST", "/policies/crossTenantAccessPolicy/partners", seeded).statusCode())
                    .isEqualTo(201);
            JsonNode before = partner(f);

            Change change = f.plan(plan).changes().stream().filter(c -> c.kind() == ChangeKind.CROSS_TENANT_PARTNER
                    && c.tenant().equals("contoso1.com")).findFirst().orElseThrow();
            assertThat(change.after()).as("only what the plan names").containsOnlyKeys("b2bCollaborationInbound");
            ApplyResult applied = f.apply(plan, dir.resolve("run.jsonl"), () -> false);
            assertThat(applied.succeeded()).as("%s", applied.outcomes()).isTrue();

            JsonNode after = partner(f);
            assertThat(after.at("/b2bCollaborationInbound/usersAndGroups/accessType").asText()).isEqualTo("allowed");
            assertThat(after.get("b2bCollaborationOutbound")).as("not the plan's: kept")
                    .isEqualTo(before.get("b2bCollaborationOutbound"));
            assertThat(after.get("b2bDirectConnectInbound")).as("limited to a group: kept, not widened")
                    .isEqualTo(before.get("b2bDirectConnectInbound"));

            Path journal = dir.resolve("run.jsonl");
            try (Journal out = Journal.open(journal)) {
                assertThat(new Rollback().rollback(Journal.verify(journal), f.connections, out))
                        .allSatisfy(o -> assertThat(o.undone()).as("%s", o.message()).isTrue());
            }
            JsonNode back = partner(f);
            assertThat(back.get("b2bCollaborationOutbound")).isEqualTo(before.get("b2bCollaborationOutbound"));
            assertThat(back.get("b2bDirectConnectInbound")).isEqualTo(before.get("b2bDirectConnectInbound"));
            assertThat(back.path("b2bCollaborationInbound").isNull() || back.path("b2bCollaborationInbound")
                    .isMissingNode()).as("the run's direction back to the default: %s", back).isTrue();
        }
    }

    /** What someone set on a partner configuration the run created, other than directions, keeps it from deletion. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"inbound trust", "automatic user consent",
        "identity synchronization", "nothing"})
    void aPartnerTheRunCreatedIsDeletedOnlyIfNothingElseWasSetOnIt(String since) throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.GUEST_ACCESS);
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            assertThat(call(f, "GET", "/policies/crossTenantAccessPolicy/partners/" + ABC, null).statusCode())
                    .as("no partner configuration before the run").isEqualTo(404);
            Path journal = dir.resolve("run.jsonl");
            assertThat(f.apply(plan, journal, () -> false).succeeded()).isTrue();
            String base = "/policies/crossTenantAccessPolicy/partners/" + ABC;
            switch (since) {
                case "inbound trust" -> assertThat(call(f, "PATCH", base, "{\"inboundTrust\":{\"isMfaAccepted\":true,"
                        + "\"isCompliantDeviceAccepted\":false,\"isHybridAzureADJoinedDeviceAccepted\":false}}")
                        .statusCode()).isEqualTo(204);
                case "automatic user consent" -> assertThat(call(f, "PATCH", base, "{\"automaticUserConsentSettings\":"
                        + "{\"inboundAllowed\":true,\"outboundAllowed\":false}}").statusCode()).isEqualTo(204);
                case "identity synchronization" -> assertThat(call(f, "PUT", base + "/identitySynchronization",
                        "{\"displayName\":\"ABC\",\"userSyncInbound\":{\"isSyncAllowed\":true}}").statusCode())
                        .isEqualTo(204);
                default -> { }
            }
            try (Journal out = Journal.open(journal)) {
                assertThat(new Rollback().rollback(Journal.verify(journal), f.connections, out))
                        .allSatisfy(o -> assertThat(o.undone()).as("%s", o.message()).isTrue());
            }
            int status = call(f, "GET", base, null).statusCode();
            if (since.equals("nothing")) {
                assertThat(status).as("created by the run and untouched since: deleted").isEqualTo(404);
            } else {
                assertThat(status).as("kept: %s was set on it since", since).isEqualTo(200);
                JsonNode back = partner(f);
                assertThat(back.path("b2bCollaborationInbound").isNull() || back.path("b2bCollaborationInbound")
                        .isMissingNode()).as("only the run's direction put back: %s", back).isTrue();
            }
        }
    }
}
