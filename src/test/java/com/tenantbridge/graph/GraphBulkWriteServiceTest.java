package com.tenantbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.connect.DemoConnections;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.BulkWriteService.AddMember;
import com.tenantbridge.service.port.BulkWriteService.AssignLicence;
import com.tenantbridge.service.port.BulkWriteService.CreateUser;
import com.tenantbridge.service.port.BulkWriteService.Result;
import com.tenantbridge.service.port.BulkWriteService.Step;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.TenantPorts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch adapter over HTTP against the demo tenant: dependsOn, per-step answers and the service's words. */
class GraphBulkWriteServiceTest {

    private static final UUID REMOTE_ASSIST = UUID.fromString("7a551360-26c4-4f61-84e6-ef715673e083");

    private DemoTenantServer server;
    private TenantPorts abc;

    @BeforeEach
    void start() throws Exception {
        server = DemoTenantServer.start(DemoOptions.inMemory());
        Set<String> domains = new HashSet<>();
        server.tenants().forEach(t -> domains.addAll(t.domains()));
        abc = new DemoConnections(server.graphBaseUrl(), domains).ports("abc.com").orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static NewUser user(String upn) {
        return new NewUser(upn, "Bulk " + upn, "US", null, "Vendor9", "Aa1!" + UUID.randomUUID());
    }

    @Test
    void aLicenceFollowsItsAccountAndAFailedCreateSkipsItsLicence() {
        List<Result> results = abc.bulk().send(List.of(
                new Step("a", new CreateUser(user("Bulk_A@abc.com")), List.of()),
                new Step("a-ra", new AssignLicence("Bulk_A@abc.com", REMOTE_ASSIST), List.of("a")),
                new Step("b", new CreateUser(user("Bulk_B@nowhere.example")), List.of()),
                new Step("b-ra", new AssignLicence("Bulk_B@nowhere.example", REMOTE_ASSIST), List.of("b"))));
        assertThat(results).extracting(Result::id).containsExactly("a", "a-ra", "b", "b-ra");
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(0).userId()).isNotBlank();
        assertThat(results.get(1).ok()).isTrue();
        assertThat(results.get(2).status()).isEqualTo(400);
        assertThat(results.get(2).message()).isNotBlank().doesNotStartWith("HTTP");
        assertThat(results.get(3).status()).isEqualTo(424);
        assertThat(abc.directory().findUser("Bulk_A@abc.com").orElseThrow().licenses()).contains(REMOTE_ASSIST);
    }

    @Test
    void aMembershipThatExistsAlreadyComesBackWithGraphsOwnWords() {
        String userId = abc.bulk().send(List.of(new Step("a", new CreateUser(user("Bulk_C@abc.com")), List.of())))
                .get(0).userId();
        String groupId = abc.directory().findGroupByName("Remote Assist Experts").map(g -> g.id()).orElse(null);
        assertThat(groupId).as("a seeded group").isNotNull();
        Step add = new Step("m", new AddMember(groupId, userId), List.of());
        assertThat(abc.bulk().send(List.of(add)).get(0).ok()).isTrue();
        Result again = abc.bulk().send(List.of(add)).get(0);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.message()).contains("already exist");
    }

    @Test
    void moreThanTwentyStepsAreRefusedBeforeSending() {
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i <= BulkWriteService.MAX_STEPS; i++) {
            steps.add(new Step("s" + i, new CreateUser(user("Bulk_" + i + "@abc.com")), List.of()));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> abc.bulk().send(steps))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
