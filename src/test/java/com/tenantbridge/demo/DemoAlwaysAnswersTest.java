package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The demo tenant answers every request, whatever it holds: a long string literal in $filter once overflowed the
 * tokenizer's regular expression, the worker thread died with the StackOverflowError and the client waited for
 * ever. The client here gives up after 30 s, so a hang fails the test instead of holding the build; the time each
 * answer took is printed, not asserted.
 */
class DemoAlwaysAnswersTest extends DemoFixture {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.graphBaseUrl() + pathAndQuery))
                .header("Authorization", "Bearer demo:abc.com").timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.printf("%s characters of request answered %d in %d ms%n", pathAndQuery.length(), r.statusCode(),
                (System.nanoTime() - start) / 1_000_000);
        return r;
    }

    private static String filter(String expression) {
        return "?$filter=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void aTenThousandCharacterLiteralIsAnsweredAndTheWorkersLive() throws Exception {
        String literal = "x".repeat(5_000) + "''" + "y".repeat(5_000);
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> r = get("/users" + filter("displayName eq '" + literal + "'"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("value").size()).isZero();
        }
        HttpResponse<String> after = get("/users" + filter("displayName eq 'Expert1'"));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(after.body()).path("value").size()).isEqualTo(1);
    }

    @Test
    void aLongKeyLiteralAndAnUnclosedOneAreAnsweredInGraphsErrorShape() throws Exception {
        HttpResponse<String> sp = get("/servicePrincipals(appId='" + "a''".repeat(4_000) + "')");
        assertThat(sp.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(sp.body()).path("error").path("code").asText()).isEqualTo("Request_ResourceNotFound");
        HttpResponse<String> open = get("/users" + filter("displayName eq '" + "z".repeat(9_000)));
        assertThat(open.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(open.body()).path("error");
        assertThat(error.path("message").asText()).contains("no closing quote").hasSizeLessThan(200);
    }

    @Test
    void aRequestUriPastTheBoundIsRefusedWith414() throws Exception {
        HttpResponse<String> r = get("/users" + filter("displayName eq '" + "q".repeat(40_000) + "'"));
        assertThat(r.statusCode()).isEqualTo(414);
        assertThat(JSON.readTree(r.body()).path("error").path("code").asText()).isEqualTo("UriTooLong");
        assertThat(get("/users" + filter("displayName eq 'Expert1'")).statusCode()).isEqualTo(200);
    }

    @Test
    void anApplicationNameOverTheDocumentedMaximumIsRefused() {
        Raw r = raw("POST", "/applications", "demo:abc.com", "{\"displayName\":\"" + "n".repeat(257) + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(raw("GET", "/applications" + filter("displayName eq '" + "n".repeat(5_000) + "'"), "demo:abc.com",
                null).status()).isEqualTo(200);
    }
}
