package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoBatchContractTest extends DemoFixture {

    private final GraphServiceClient abc = graph("abc.com");

    @Test
    void runsABatchThroughTheSdkWithAStatusPerRequest() throws Exception {
        BatchRequestContent batch = new BatchRequestContent(abc);
        String create = batch.addBatchRequestStep(abc.users().toPostRequestInformation(
                DemoUsersContractTest.serviceAccount("Batch1_SA", "US")));
        String read = batch.addBatchRequestStep(abc.users().byUserId("Expert1@abc.com").toGetRequestInformation());
        String missing = batch.addBatchRequestStep(abc.users().byUserId("nobody@abc.com").toGetRequestInformation());
        BatchResponseContent response = abc.getBatchRequestBuilder().post(batch, null);
        Map<String, Integer> codes = response.getResponsesStatusCode();
        assertThat(codes).containsEntry(create, 201).containsEntry(read, 200).containsEntry(missing, 404);
        User expert = response.getResponseById(read, User::createFromDiscriminatorValue);
        assertThat(expert.getDisplayName()).isEqualTo("Expert1");
        assertThat(abc.users().byUserId("Batch1_SA@abc.com").get()).isNotNull();
    }

    @Test
    void aFailedDependencyStopsTheStepsThatDependOnIt() {
        String body = """
                {"requests":[
                  {"id":"1","method":"GET","url":"/users/nobody@abc.com"},
                  {"id":"2","method":"GET","url":"/users/Expert1@abc.com","dependsOn":["1"]},
                  {"id":"3","method":"GET","url":"users/Expert2@abc.com","dependsOn":["2"]}]}
                """;
        Raw r = raw("POST", "/$batch", "demo:abc.com", body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().at("/responses/0/status").asInt()).isEqualTo(404);
        assertThat(r.body().at("/responses/1/status").asInt()).isEqualTo(424);
        assertThat(r.body().at("/responses/2/status").asInt()).isEqualTo(424);
    }

    @Test
    void allOnTheFirstRunsAndAnIndependentStepBesideAChainIsRefused() {
        String same = """
                {"requests":[
                  {"id":"1","method":"GET","url":"/users/Expert1@abc.com"},
                  {"id":"2","method":"GET","url":"/users/Expert2@abc.com","dependsOn":["1"]},
                  {"id":"3","method":"GET","url":"users/Expert1@abc.com","dependsOn":["1"]}]}
                """;
        Raw ok = raw("POST", "/$batch", "demo:abc.com", same);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().at("/responses/2/body/displayName").asText()).isEqualTo("Expert1");
        // JSON batching's known issues: a batch is fully sequential or fully parallel (or all on one request).
        String mixed = """
                {"requests":[
                  {"id":"1","method":"GET","url":"/users/nobody@abc.com"},
                  {"id":"2","method":"GET","url":"/users/Expert1@abc.com","dependsOn":["1"]},
                  {"id":"3","method":"GET","url":"users/Expert2@abc.com"}]}
                """;
        Raw refused = raw("POST", "/$batch", "demo:abc.com", mixed);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/error/message").asText()).contains("fully sequential or fully parallel");
    }

    @Test
    void twentyOneRequestsAreRefused() {
        StringBuilder sb = new StringBuilder("{\"requests\":[");
        for (int i = 1; i <= 21; i++) {
            sb.append(i > 1 ? "," : "").append("{\"id\":\"").append(i)
                    .append("\",\"method\":\"GET\",\"url\":\"/users/Expert1@abc.com\"}");
        }
        Raw r = raw("POST", "/$batch", "demo:abc.com", sb.append("]}").toString());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/error/code").asText()).isEqualTo("BadRequest");
        assertThat(r.body().at("/error/message").asText()).contains("more than 20");
    }

    @Test
    void twentyRequestsAreFine() throws Exception {
        BatchRequestContent batch = new BatchRequestContent(abc);
        for (int i = 0; i < 20; i++) {
            batch.addBatchRequestStep(abc.users().toPostRequestInformation(
                    DemoUsersContractTest.serviceAccount("Twenty" + i + "_SA", "US")));
        }
        BatchResponseContent response = abc.getBatchRequestBuilder().post(batch, null);
        assertThat(response.getResponsesStatusCode().values()).hasSize(20).containsOnly(201);
    }

    @Test
    void dependsOnMustNameAnEarlierRequest() {
        Raw r = raw("POST", "/$batch", "demo:abc.com",
                "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/users\",\"dependsOn\":[\"9\"]}]}");
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void throttledStepsComeBackWithTheirOwnRetryAfter() {
        admin("PATCH", "/faults", "{\"throttleRate\":1,\"retryAfterSeconds\":7}");
        Raw r = raw("POST", "/$batch", "demo:abc.com",
                "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/users/Expert1@abc.com\"}]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().at("/responses/0/status").asInt()).isEqualTo(429);
        assertThat(r.body().at("/responses/0/headers/Retry-After").asText()).isEqualTo("7");
        assertThat(r.body().at("/responses/0/body/error/code").asText()).isEqualTo("TooManyRequests");
    }

    @Test
    void stepsMayNotBeAbsoluteUrls() throws Exception {
        RequestInformation info = abc.users().toGetRequestInformation();
        assertThat(info.getUri().toString()).startsWith(server.graphBaseUrl());
        Raw r = raw("POST", "/$batch", "demo:abc.com", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\""
                + info.getUri() + "\"}]}");
        assertThat(r.body().at("/responses/0/status").asInt()).isEqualTo(400);
        assertThat(List.of(r.status())).containsExactly(200);
    }
}
