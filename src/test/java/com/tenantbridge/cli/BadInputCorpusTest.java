package com.tenantbridge.cli;

import com.tenantbridge.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (src/test/resources/bad-input, listed with what each message must name in expected.tsv):
 * every plan is refused by validate and by apply, every CSV by import, with exit code 2, a message naming the field,
 * column or row, nothing written, and the demo tenant as it was.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path VENDOR_PLAN = Path.of("assets/examples/vendor-accounts-abc.json");

    private static DemoTenantServer server;
    private static String before;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = DemoTenantServer.start(DemoOptions.inMemory());
        before = tenantState();
    }

    @AfterAll
    static void stop() throws Exception {
        assertThat(tenantState()).as("the demo tenant after the whole corpus").isEqualTo(before);
        server.close();
    }

    static Stream<Arguments> corpus() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                all.add(Arguments.of(f[0], f[1], f[2]));
            }
        }
        return all.stream();
    }

    @Test
    void theCorpusHoldsAtLeastSixtyInputs() throws Exception {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(60);
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.filter(p -> !p.getFileName().toString().matches("expected\\.tsv|make-corpus\\.py"))
                    .count()).as("every file is listed").isEqualTo(corpus().count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedNamingWhatIsWrongAndNothingIsWritten(String file, String kind, String names) throws Exception {
        Path input = CORPUS.resolve(file);
        String tenant = "demo@" + server.graphBaseUrl();
        if (kind.equals("plan")) {
            expectRefused(names, "validate", "--plan", input.toString());
            Path journal = dir.resolve("run.jsonl");
            expectRefused(names, "apply", "--plan", input.toString(), "--tenant", tenant, "--yes", "--journal",
                    journal.toString(), "--credentials", dir.resolve("handout.csv").toString());
        } else {
            Path out = dir.resolve("plan.json");
            expectRefused(names, "import", "--plan", VENDOR_PLAN.toString(), "--csv", input.toString(), "--out",
                    out.toString(), "--offline");
        }
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written).as("nothing written").isEmpty();
        }
        assertThat(tenantState()).isEqualTo(before);
    }

    @Test
    void aFiftyMegabytePlanIsRefusedByItsSizeBeforeItIsRead() throws Exception {
        // 50 MB of zero bytes, sparse on disk: read, they would be refused as "not JSON"; refused by the size alone,
        // the message says the size. So the message tells which check stopped it.
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        expectRefused("the file is 50 MB; a plan is at most", "validate", "--plan", big.toString());
    }

    private static void expectRefused(String names, String... args) {
        CliRun run = CliRun.of(args);
        String said = run.said();
        assertThat(run.code()).as(String.join(" ", args) + "\n" + said).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(said.toLowerCase(Locale.ROOT)).as(said).contains(names.toLowerCase(Locale.ROOT));
        assertThat(said).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** What the engine could have written, in every seeded tenant. */
    private static String tenantState() throws Exception {
        StringBuilder state = new StringBuilder();
        HttpClient http = HttpClient.newHttpClient();
        for (DemoTenantServer.DemoTenant t : server.tenants()) {
            String domain = t.defaultDomain();
            for (String path : List.of("/users?$top=999", "/groups?$top=999",
                    "/policies/crossTenantAccessPolicy/partners")) {
                state.append(get(http, server.graphBaseUrl() + path, domain));
            }
            String admin = server.graphBaseUrl().replace("/v1.0", "/_demo/tenants/" + domain);
            state.append(get(http, admin + "/teams", null)).append(get(http, admin + "/informationBarriers", null));
        }
        return state.toString();
    }

    private static String get(HttpClient http, String url, String domain) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (domain != null) {
            b.header("Authorization", "Bearer " + DemoTenantServer.tokenFor(domain));
        }
        return url + " " + http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body() + "\n";
    }
}
