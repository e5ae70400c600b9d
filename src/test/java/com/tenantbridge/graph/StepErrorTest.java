package com.tenantbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class StepErrorTest {

    private static Response step(int status, String body) {
        return new Response.Builder().request(new Request.Builder().url("https://graph.microsoft.com/v1.0/$batch")
                .build()).protocol(Protocol.HTTP_1_1).code(status).message("")
                .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
    }

    @Test
    void keepsTheServicesCodeAndWords() {
        StepError e = StepError.of(step(403, "{\"error\":{\"code\":\"Authorization_RequestDenied\","
                + "\"message\":\"Insufficient privileges to complete the operation.\"}}"), 403);
        assertThat(e).isEqualTo(new StepError("Authorization_RequestDenied",
                "Insufficient privileges to complete the operation."));
    }

    @Test
    void aBodyThatSaysNothingFallsBackToTheStatus() {
        assertThat(StepError.of(step(500, "<html>oops</html>"), 500)).isEqualTo(new StepError("", "HTTP 500"));
        assertThat(StepError.of(step(400, "{}"), 400)).isEqualTo(new StepError("", "HTTP 400"));
        assertThat(StepError.of(null, 502)).isEqualTo(new StepError("", "HTTP 502"));
    }
}
