package com.tenantbridge.cli;

import com.tenantbridge.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts `demo-tenant` as its own process, as a new user would, and talks to it like curl. */
class DemoTenantCommandTest {

    private static final Pattern LISTENING = Pattern.compile("Demo tenant listening on (http://127\\.0\\.0\\.1:\\d+/v1\\.0)");

    @TempDir
    Path data;

    @Test
    void startsPrintsItsAddressAndAnswersWithTheDemoToken() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "com.tenantbridge.Launcher", "demo-tenant", "--port", "0", "--data", data.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).isNotNull();
            Matcher m = LISTENING.matcher(first);
            assertThat(m.matches()).as(first).isTrue();
            String base = m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/organization"))
                    .header("Authorization", "Bearer demo:contoso1.com").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"displayName\":\"Contoso1\"");
            HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(base + "/organization")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).isEqualTo(401);
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void refusesOutOfRangeFaults() {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int code = Launcher.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "demo-tenant",
                "--throttle-rate", "1.5", "--in-memory");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("fractions between 0 and 1");
    }
}
