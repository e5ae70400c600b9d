package com.tenantbridge.demo;

import java.io.IOException;

import static com.tenantbridge.demo.DemoUsersContractTest.assign;
import static com.tenantbridge.demo.DemoUsersContractTest.odataError;
import static com.tenantbridge.demo.DemoUsersContractTest.serviceAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every kind of fault, driven through the Graph SDK and its retry handler. */
class DemoFaultsTest extends DemoFixture {

    private final GraphServiceClient abc = graph("abc.com");

    @Test
    void latencyDelaysEveryRequest() {
        admin("PATCH", "/faults", "{\"latencyMs\":150}");
        long start = System.nanoTime();
        abc.users().byUserId("Expert1@abc.com").get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void throttlingAnswers429WithRetryAfterInGraphsShape() {
        admin("PATCH", "/faults", "{\"throttleRate\":1,\"retryAfterSeconds\":3}");
        assertThatThrownBy(() -> abc.users().byUserId("Expert1@abc.com")
                .get(rc -> rc.options.add(new RetryHandlerOption(null, 0, 0))))
                .isInstanceOfSatisfying(ODataError.class, e -> {
                    assertThat(e.getResponseStatusCode()).isEqualTo(429);
                    assertThat(e.getError().getCode()).isEqualTo("TooManyRequests");
                    assertThat(e.getResponseHeaders().get("Retry-After")).containsExactly("3");
                });
    }

    @Test
    void theSdkRetryHandlerRidesOutThrottlingAndOutages() {
        admin("PATCH", "/faults", "{\"throttleNext\":2,\"unavailableNext\":1,\"retryAfterSeconds\":0}");
        User u = abc.users().byUserId("Expert1@abc.com").get();
        assertThat(u.getDisplayName()).isEqualTo("Expert1");
        Raw faults = admin("GET", "/faults", null);
        assertThat(faults.body().path("throttleNext").asInt()).as("both 429s were answered").isZero();
        assertThat(faults.body().path("unavailableNext").asInt()).as("the 503 was answered").isZero();
    }

    @Test
    void anOutageAnswers503() {
        admin("PATCH", "/faults", "{\"unavailableNext\":1,\"retryAfterSeconds\":1}");
        assertThatThrownBy(() -> abc.organization().get(rc -> rc.options.add(new RetryHandlerOption(null, 0, 0))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseStatusCode()).isEqualTo(503));
        assertThat(abc.organization().get().getValue()).hasSize(1);
    }

    @Test
    void aDroppedConnectionCarriesTheWriteOutButLosesItsAnswer() {
        admin("PATCH", "/faults", "{\"dropNext\":1}");
        String body = "{\"accountEnabled\":true,\"displayName\":\"Dropped\",\"mailNickname\":\"Dropped_SA\","
                + "\"userPrincipalName\":\"Dropped_SA@abc.com\",\"usageLocation\":\"US\",\"passwordProfile\":"
                + "{\"password\":\"Xq7!pass-word-1\",\"forceChangePasswordNextSignIn\":true}}";
        assertThatThrownBy(() -> raw("POST", "/users", DemoTenantServer.tokenFor("abc.com"), body))
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(admin("GET", "/faults", null).body().path("dropNext").asInt()).isZero();
        assertThat(abc.users().byUserId("Dropped_SA@abc.com").get().getDisplayName()).isEqualTo("Dropped");
    }

    @Test
    void replicationLagHidesNewObjectsFromReadsLicencesAndMemberships() throws Exception {
        admin("PATCH", "/faults", "{\"replicationLagMs\":800}");
        User created = abc.users().post(serviceAccount("Lagging_SA", "US"));
        ODataError read = odataError(() -> abc.users().byUserId(created.getId()).get());
        assertThat(read.getResponseStatusCode()).isEqualTo(404);
        assertThat(read.getError().getCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(odataError(() -> abc.users().byUserId(created.getId()).assignLicense()
                .post(assign(DemoUsersContractTest.REMOTE_ASSIST))).getResponseStatusCode()).isEqualTo(404);
        String groupId = abc.groups().get(rc -> rc.queryParameters.filter = "displayName eq 'Remote Assist Experts'")
                .getValue().get(0).getId();
        assertThat(odataError(() -> abc.groups().byGroupId(groupId).members().ref()
                .post(DemoGroupsTeamsContractTest.ref(created.getId()))).getResponseStatusCode()).isEqualTo(404);
        assertThat(abc.users().get(rc -> rc.queryParameters.filter = "userPrincipalName eq 'Lagging_SA@abc.com'")
                .getValue()).isEmpty();

        long deadline = System.currentTimeMillis() + 5000;
        User visible = null;
        while (visible == null && System.currentTimeMillis() < deadline) {
            try {
                visible = abc.users().byUserId(created.getId()).get();
            } catch (ODataError e) {
                Thread.sleep(100);
            }
        }
        assertThat(visible).as("visible once replication catches up").isNotNull();
        abc.users().byUserId(created.getId()).assignLicense().post(assign(DemoUsersContractTest.REMOTE_ASSIST));
    }

    @Test
    void faultSettingsAreCheckedBeforeTheyChange() {
        Raw bad = admin("PATCH", "/faults", "{\"throttleRate\":2}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(admin("GET", "/faults", null).body().path("throttleRate").asDouble()).isZero();
    }

    @Test
    void theWriteQuotaRefusesWritesOverItWithAnHonestRetryAfterAndLeavesReadsAlone() {
        admin("PATCH", "/faults", "{\"writeQuota\":\"3/100s\"}");
        String token = DemoTenantServer.tokenFor("abc.com");
        int refused = 0;
        Raw last = null;
        for (int i = 0; i < 5; i++) {
            last = raw("PATCH", "/users/Expert1@abc.com", token, "{\"department\":\"Support " + i + "\"}");
            assertThat(last.status()).isIn(204, 429);
            if (last.status() == 429) {
                refused++;
                assertThat(Long.parseLong(last.response().headers().firstValue("Retry-After").orElseThrow()))
                        .isBetween(1L, 34L);
                assertThat(last.body().path("error").path("message").asText()).contains("write quota");
            }
        }
        assertThat(refused).isEqualTo(4);
        assertThat(abc.users().byUserId("Expert1@abc.com").get().getDisplayName()).isEqualTo("Expert1");
        Raw faults = admin("GET", "/faults", null);
        assertThat(faults.body().path("writeQuota").asText()).isEqualTo("3/100s");
        assertThat(faults.body().path("throttledRequests").asLong()).isGreaterThanOrEqualTo(4);
        admin("PATCH", "/faults", "{\"writeQuota\":null}");
        assertThat(raw("PATCH", "/users/Expert1@abc.com", token, "{\"department\":\"x\"}").status())
                .isEqualTo(204);
    }

    @Test
    void aBadWriteQuotaIsRefused() {
        assertThat(admin("PATCH", "/faults", "{\"writeQuota\":\"lots\"}").status()).isEqualTo(400);
    }
}
