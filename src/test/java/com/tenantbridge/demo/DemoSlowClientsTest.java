package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A presenter's demo tenant stays up for a day: clients that open a connection and trickle a request in (or never
 * finish it) do not starve everyone else, as 64 of them did when each held one of 64 fixed workers.
 */
class DemoSlowClientsTest {

    @Test
    void aHundredStalledClientsLeaveRoomForARealOne() throws Exception {
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory())) {
            URI base = URI.create(server.graphBaseUrl());
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 100; i++) {
                    Socket s = new Socket(base.getHost(), base.getPort());
                    s.getOutputStream().write(("GET /v1.0/users HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                            + "\r\nAuthorization: Bear").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                // Not a speed target: a bound past which the server is taken to have starved the client.
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        server.graphBaseUrl() + "/organization")).header("Authorization", "Bearer demo:abc.com")
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }
}
