package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.CliRun;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.graph.GraphClients;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 while an account's creation is on its way, then the account as it may be found: the run's own (it reached
 * the tenant, carrying the run's creation tag), or one an admin made by hand under the same name after the run died
 * (the run's request never arrived). A resume claims only the first; the second is left alone and named, and the
 * rollback never deletes it, however young it is: a creation time inside the run's window is no proof.
 */
class HandMadeAccountTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "made by hand: {0}")
    @ValueSource(booleans = {true, false})
    void onlyWhatTheRunProvablySentIsClaimedOrDeleted(boolean byHand) throws Exception {
        DeploymentPlan plan = EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        Path planFile = Files.writeString(dir.resolve("plan.json"), PlanJson.write(plan));
        Path journal = dir.resolve("run.jsonl");
        try (EngineFixture f = new EngineFixture(dir.resolve("f"), DemoOptions.inMemory())) {
            String tenant = "demo@" + f.server.graphBaseUrl();
            faults(f, "{\"latencyMs\":0}");
            Process child = ChildCli.start(dir.resolve("child-data"), dir.resolve("child.log"), "apply", "--plan",
                    planFile.toString(), "--tenant", tenant, "--yes", "--journal", journal.toString(), "--credentials",
                    dir.resolve("child-credentials.csv").toString());
            long deadline = System.currentTimeMillis() + 90_000;
            while (!Files.exists(journal) && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(1);
            }
            // Planned and started: from here every request waits 1.5 s on the demo's side before it is carried out.
            faults(f, "{\"latencyMs\":1500}");
            while (startedCreation(journal).isEmpty() && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            // A creation reads first (1.5 s), then sends: killed while the demo holds the request it was sent.
            Thread.sleep(2_200);
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            String upn = startedCreation(journal).orElse(null);
            assertThat(upn).as("the run was killed with a creation on its way").isNotNull();
            Thread.sleep(2_500);
            faults(f, "{\"latencyMs\":0}");

            GraphServiceClient admin = GraphClients.demo(f.server.graphBaseUrl(), "abc.com");
            String handMadeId = null;
            if (byHand) {
                Optional<User> sent = find(admin, upn);
                sent.ifPresent(u -> admin.users().byUserId(u.getId()).delete());
                handMadeId = admin.users().post(handMade(upn)).getId();
            } else {
                assertThat(find(admin, upn)).as("the run's request reached the tenant").isPresent();
            }

            ApplyResult resumed = f.apply(plan, journal, () -> false);
            String handout = Files.readString(f.dir.resolve("credentials.csv"));
            if (byHand) {
                assertThat(resumed.notes()).anySatisfy(n -> assertThat(n).contains("made by someone else, not by the"
                        + " interrupted run", "a rollback will not delete it"));
                assertThat(handout).as("no new password for an account that is not ours").doesNotContain(upn);
                assertThat(find(admin, upn).map(User::getId)).contains(handMadeId);
            } else {
                assertThat(resumed.notes()).isEmpty();
                assertThat(handout).as("the run's account gets its password").contains(upn);
            }

            CliRun rollback = CliRun.of("rollback", "--journal", journal.toString(), "--plan", planFile.toString(),
                    "--tenant", tenant, "--yes");
            assertThat(rollback.code()).as(rollback.said()).isIn(0, 1);
            if (byHand) {
                assertThat(find(admin, upn).map(User::getId)).as("the hand-made account survives the rollback")
                        .contains(handMadeId);
            } else {
                assertThat(find(admin, upn)).as("the run's own account is rolled back").isEmpty();
            }
        }
    }

    /** The user principal name of a creation the journal started and has not ended. */
    private static Optional<String> startedCreation(Path journal) {
        try {
            if (!Files.exists(journal)) {
                return Optional.empty();
            }
            List<JournalEntry> entries = Journal.read(journal);
            return entries.stream().filter(e -> e.status() == JournalEntry.Status.STARTED
                    && "CREATE_USER".equals(e.kind()) && entries.stream().noneMatch(d -> d.status()
                            != JournalEntry.Status.STARTED && e.changeId().equals(d.changeId())))
                    .map(e -> e.params().get("upn")).findFirst();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<User> find(GraphServiceClient graph, String upn) {
        return graph.users().get(rc -> rc.queryParameters.filter = "userPrincipalName eq '" + upn + "'").getValue()
                .stream().findFirst();
    }

    /** What an admin makes in the admin center: the same name, no TenantBridge tag. */
    private static User handMade(String upn) {
        User u = new User();
        u.setAccountEnabled(true);
        u.setDisplayName("Made by hand");
        u.setMailNickname(upn.substring(0, upn.indexOf('@')));
        u.setUserPrincipalName(upn);
        u.setUsageLocation("US");
        PasswordProfile p = new PasswordProfile();
        p.setPassword("Hand-made-1!");
        p.setForceChangePasswordNextSignIn(true);
        u.setPasswordProfile(p);
        return u;
    }

    private static void faults(EngineFixture f, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(f.server.graphBaseUrl().replace("/v1.0",
                "/_demo/faults"))).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
    }
}
