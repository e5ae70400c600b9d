package com.tenantbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.BulkWriteService.AddMembers;
import com.tenantbridge.service.port.BulkWriteService.AssignLicence;
import com.tenantbridge.service.port.BulkWriteService.CreateUser;
import com.tenantbridge.service.port.BulkWriteService.Result;
import com.tenantbridge.service.port.BulkWriteService.Step;
import com.tenantbridge.service.port.NewUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The batch adapter over HTTP against the demo tenant: Graph's dependsOn shapes, per-step answers, members twenty
 * to a PATCH, and the service's words.
 */
class GraphBulkWriteServiceTest extends AbcPortsTest {

    private static final UUID REMOTE_ASSIST = UUID.fromString("7a551360-26c4-4f61-84e6-ef715673e083");

    private static NewUser user(String upn) {
        return new NewUser(upn, "Bulk " + upn, "US", null, "Vendor9", "Aa1!" + UUID.randomUUID());
    }

    @Test
    void aSerialChainRunsInOrderAndAFailedStepAnswers424ForWhatDependsOnIt() {
        List<Result> results = abc.bulk().send(List.of(
                new Step("a", new CreateUser(user("Bulk_A@abc.com")), List.of()),
                new Step("a-ra", new AssignLicence("Bulk_A@abc.com", REMOTE_ASSIST), List.of("a"))));
        assertThat(results).extracting(Result::id).containsExactly("a", "a-ra");
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(0).userId()).isNotBlank();
        assertThat(results.get(1).ok()).isTrue();
        assertThat(abc.directory().findUser("Bulk_A@abc.com").orElseThrow().licenses()).contains(REMOTE_ASSIST);

        List<Result> failed = abc.bulk().send(List.of(
                new Step("b", new CreateUser(user("Bulk_B@nowhere.example")), List.of()),
                new Step("b-ra", new AssignLicence("Bulk_B@nowhere.example", REMOTE_ASSIST), List.of("b"))));
        assertThat(failed.get(0).status()).isEqualTo(400);
        assertThat(failed.get(0).message()).isNotBlank().doesNotStartWith("HTTP");
        assertThat(failed.get(1).status()).isEqualTo(424);
    }

    @Test
    void twoChainsInOneBatchAreRefusedWholeAsGraphRefusesThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> abc.bulk().send(List.of(
                new Step("a", new CreateUser(user("Bulk_D@abc.com")), List.of()),
                new Step("a-ra", new AssignLicence("Bulk_D@abc.com", REMOTE_ASSIST), List.of("a")),
                new Step("b", new CreateUser(user("Bulk_E@abc.com")), List.of()),
                new Step("b-ra", new AssignLicence("Bulk_E@abc.com", REMOTE_ASSIST), List.of("b")))))
                .isInstanceOf(com.tenantbridge.service.port.PortException.class)
                .hasMessageContaining("fully sequential or fully parallel");
        assertThat(abc.directory().findUser("Bulk_D@abc.com")).as("nothing of a refused batch ran").isEmpty();
        assertThat(server.traffic().refusedBatches()).isEqualTo(1);
    }

    @Test
    void allOnTheFirstIsTheThirdShapeGraphAllows() {
        List<Result> results = abc.bulk().send(List.of(
                new Step("a", new CreateUser(user("Bulk_F@abc.com")), List.of()),
                new Step("a-ra", new AssignLicence("Bulk_F@abc.com", REMOTE_ASSIST), List.of("a")),
                new Step("a-ib", new AssignLicence("Bulk_F@abc.com",
                        UUID.fromString("06ebc4ee-1bb5-47dd-8120-11324bc54e06")), List.of("a"))));
        assertThat(results).allMatch(Result::ok);
    }

    @Test
    void twentyMembersGoInOnePatchAndTwentyOneAreRefused() {
        String groupId = abc.directory().findGroupByName("Remote Assist Experts").map(g -> g.id()).orElseThrow();
        List<String> ids = new java.util.ArrayList<>();
        List<Step> creates = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            creates.add(new Step("c" + i, new CreateUser(user("Bulk_M" + i + "@abc.com")), List.of()));
        }
        abc.bulk().send(creates).forEach(r -> ids.add(r.userId()));
        long writes = server.traffic().writes();
        assertThat(abc.bulk().send(List.of(new Step("m", new AddMembers(groupId, ids), List.of()))).get(0).ok())
                .isTrue();
        assertThat(server.traffic().writes() - writes).as("twenty members, one write").isEqualTo(1);
        assertThat(abc.directory().groupMemberIds(groupId)).containsAll(ids);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AddMembers(groupId,
                java.util.Collections.nCopies(21, ids.get(0)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMembershipThatExistsAlreadyComesBackWithGraphsOwnWords() {
        String userId = abc.bulk().send(List.of(new Step("a", new CreateUser(user("Bulk_C@abc.com")), List.of())))
                .get(0).userId();
        String groupId = abc.directory().findGroupByName("Remote Assist Experts").map(g -> g.id()).orElse(null);
        assertThat(groupId).as("a seeded group").isNotNull();
        Step add = new Step("m", new AddMembers(groupId, List.of(userId)), List.of());
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
