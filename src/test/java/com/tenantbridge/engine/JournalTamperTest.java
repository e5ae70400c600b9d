package com.tenantbridge.engine;

import com.tenantbridge.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.cli.ExitCodes;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.graph.GraphClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Edited, forged, foreign and retargeted journals never make rollback touch what the run did not create: after the
 * tampered rollback and then the genuine one, every demo tenant is exactly as it was before the run. Each forgery is
 * made twice: with its checksums re-computed (a careful forger: only the undo checks stand) and without (refused
 * whole, naming the line).
 */
class JournalTamperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOMAINS = List.of("abc.com", "contoso1.com", "contoso2.com", "vendor1.com",
            "vendor2.com");

    @TempDir
    Path dir;

    /** What the forger knows: ids of accounts and groups the run did not create. */
    record Known(String expert1, String admin, String expertsGroup, String contoso1Id) {
    }

    enum Tamper {
        SWAPPED_ID((lines, k) -> edit(lines, "CREATE_USER", e -> result(e).put("userId", k.expert1()))),
        FORGED_CREATE((lines, k) -> append(lines, forged(lines, "CREATE_USER", "abc.com", Map.of("upn",
        "admin@abc.com"),
                Map.of("userId", k.admin(), "created", true)))),
        FORGED_LICENCE((lines, k) -> append(lines, forged(lines, "ASSIGN_LICENSE", "abc.com", Map.of("upn",
                "admin@abc.com", "skuId", "06ebc4ee-1bb5-47dd-8120-11324bc54e06"), Map.of("userId", k.admin(),
                "skuId", "06ebc4ee-1bb5-47dd-8120-11324bc54e06")))),
        FORGED_MEMBERSHIP((lines, k) -> append(lines, forged(lines, "ADD_GROUP_MEMBER", "abc.com", Map.of("upn",
                "Expert1@abc.com", "group", "Remote Assist Experts"), Map.of("userId", k.expert1(), "groupId",
                k.expertsGroup())))),
        FORGED_FEDERATION((lines, k) -> append(lines, forged(lines, "TEAMS_FEDERATION", "contoso1.com", Map.of(),
                Map.of("before", Map.of("AllowFederatedUsers", false, "AllowedDomains", List.of(), "BlockedDomains",
                        List.of()))))),
        RETARGETED((lines, k) -> edit(lines, "BARRIER_SEGMENT", e -> e.put("tenant", "contoso1.com"))),
        REORDERED((lines, k) -> {
            List<ObjectNode> out = new ArrayList<>(lines);
            java.util.Collections.swap(out, 3, out.size() - 2);
            return out;
        }),
        DUPLICATED((lines, k) -> {
            List<ObjectNode> out = new ArrayList<>(lines);
            out.add(out.get(out.size() / 2).deepCopy());
            return out;
        }),
        TRUNCATED((lines, k) -> new ArrayList<>(lines.subList(0, lines.size() / 2))),
        FROM_ANOTHER_JOURNAL((lines, k) -> append(lines, foreign(k)));

        final BiFunction<List<ObjectNode>, Known, List<ObjectNode>> apply;

        Tamper(BiFunction<List<ObjectNode>, Known, List<ObjectNode>> apply) {
            this.apply = apply;
        }
    }

    @ParameterizedTest
    @EnumSource(Tamper.class)
    void aCarefulForgeryStillTouchesNothingTheRunDidNotCreate(Tamper tamper) throws Exception {
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory())) {
            String tenant = "demo@" + server.graphBaseUrl();
            Map<String, String> before = digests(server);
            Path journal = applied(tenant);
            Path forged = dir.resolve("forged.jsonl");
            write(forged, seal(tamper.apply.apply(read(journal), known(server))));

            cli("rollback", "--journal", forged.toString(), "--tenant", tenant, "--yes");
            cli("rollback", "--journal", journal.toString(), "--tenant", tenant, "--yes");

            assertThat(digests(server)).as("every tenant as before the run").isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Tamper.class, names = {"SWAPPED_ID", "FORGED_CREATE", "FORGED_LICENCE", "FORGED_FEDERATION",
        "RETARGETED", "REORDERED", "FROM_ANOTHER_JOURNAL"})
    void anEditedJournalIsRefusedWholeNamingTheLineAndForcedItStillTouchesNothingElse(Tamper tamper) throws Exception {
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory())) {
            String tenant = "demo@" + server.graphBaseUrl();
            Map<String, String> before = digests(server);
            Path journal = applied(tenant);
            Map<String, String> applied = digests(server);
            Path edited = dir.resolve("edited.jsonl");
            write(edited, unsealed(tamper.apply.apply(read(journal), known(server))));

            CliRun refused = cli("rollback", "--journal", edited.toString(), "--tenant", tenant, "--yes");
            assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.err()).containsPattern("refused: .*line \\d+ ").contains("Nothing was changed");
            assertThat(digests(server)).isEqualTo(applied);

            cli("rollback", "--journal", edited.toString(), "--tenant", tenant, "--yes", "--force");
            cli("rollback", "--journal", journal.toString(), "--tenant", tenant, "--yes");
            assertThat(digests(server)).isEqualTo(before);
        }
    }

    @Test
    void aJournalRolledBackAgainstAnotherTenantTouchesNothingThereAndTheRealRollbackStillUndoesAll() throws Exception {
        try (DemoTenantServer server = DemoTenantServer.start(DemoOptions.inMemory());
                DemoTenantServer other = DemoTenantServer.start(DemoOptions.inMemory())) {
            String tenant = "demo@" + server.graphBaseUrl();
            Map<String, String> before = digests(server);
            Map<String, String> elsewhere = digests(other);
            Path journal = applied(tenant);

            CliRun wrong = cli("rollback", "--journal", journal.toString(), "--tenant", "demo@" + other.graphBaseUrl(),
                    "--yes");
            assertThat(wrong.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(wrong.out()).contains("0 undone");
            assertThat(digests(other)).isEqualTo(elsewhere);

            CliRun real = cli("rollback", "--journal", journal.toString(), "--tenant", tenant, "--yes");
            assertThat(real.code()).as(real.out() + real.err()).isEqualTo(ExitCodes.OK);
            assertThat(digests(server)).isEqualTo(before);
        }
    }

    // ---- the run and the forger's tools ------------------------------------------------------------------------

    private Path applied(String tenant) {
        Path journal = dir.resolve("run.jsonl");
        String plan = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "vendor-accounts-abc.json").toString();
        CliRun r = cli("apply", "--plan", plan, "--tenant", tenant, "--journal", journal.toString(), "--credentials",
                dir.resolve("handout.csv").toString(), "--yes");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        return journal;
    }

    private static Known known(DemoTenantServer server) throws Exception {
        GraphServiceClient abc = GraphClients.demo(server.graphBaseUrl(), "abc.com");
        String group = abc.groups().get(rc -> rc.queryParameters.filter = "displayName eq 'Remote Assist Experts'")
                .getValue().get(0).getId();
        String contoso1 = server.tenants().stream().filter(t -> t.domains().contains("contoso1.com")).findFirst()
                .orElseThrow().tenantId();
        return new Known(abc.users().byUserId("Expert1@abc.com").get().getId(), abc.users().byUserId("admin@abc.com")
                .get().getId(), group, contoso1);
    }

    private static Map<String, String> digests(DemoTenantServer server) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        for (String domain : DOMAINS) {
            all.put(domain, TenantDigest.of(server.graphBaseUrl(), domain));
        }
        return all;
    }

    private static List<ObjectNode> edit(List<ObjectNode> lines, String kind,
            java.util.function.Consumer<ObjectNode> how) {
        List<ObjectNode> out = new ArrayList<>();
        boolean done = false;
        for (ObjectNode l : lines) {
            ObjectNode copy = l.deepCopy();
            if (!done && kind.equals(copy.path("kind").asText()) && "DONE".equals(copy.path("status").asText())) {
                how.accept(copy);
                done = true;
            }
            out.add(copy);
        }
        assertThat(done).as("the journal has a done " + kind).isTrue();
        return out;
    }

    private static ObjectNode result(ObjectNode e) {
        return (ObjectNode) e.get("result");
    }

    private static List<ObjectNode> append(List<ObjectNode> lines, ObjectNode line) {
        List<ObjectNode> out = new ArrayList<>(lines);
        out.add(line);
        return out;
    }

    /** A line in the run's own shape: same run, a plausible change id and summary. */
    private static ObjectNode forged(List<ObjectNode> lines, String kind, String tenant, Map<String, Object> params,
            Map<String, Object> result) {
        ObjectNode model = lines.stream().filter(l -> "DONE".equals(l.path("status").asText())).findFirst()
                .orElseThrow();
        ObjectNode line = JSON.createObjectNode();
        line.put("time", model.path("time").asText());
        line.put("run", model.path("run").asText());
        line.put("plan", model.path("plan").asText());
        line.put("changeId", tenant + "/" + kind.toLowerCase() + "/forged");
        line.put("tenant", tenant);
        line.put("kind", kind);
        line.put("status", "DONE");
        line.put("summary", "forged");
        line.set("params", JSON.valueToTree(params));
        line.set("result", JSON.valueToTree(result));
        line.put("planId", model.path("planId").asText());
        return line;
    }

    /** A done line of a guest-access run, as another journal of this machine would hold it. */
    private static ObjectNode foreign(Known k) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", java.time.Instant.now().toString());
        line.put("run", "0d6c1f5e-0000-4000-8000-000000000001");
        line.put("changeId", "contoso1.com/cross_tenant_partner/abc.com");
        line.put("tenant", "contoso1.com");
        line.put("kind", "CROSS_TENANT_PARTNER");
        line.put("status", "DONE");
        line.put("summary", "contoso1.com: cross-tenant access for ABC");
        line.set("result", JSON.valueToTree(Map.of("partnerTenantId", "d4d3e428-77c3-57f7-82e4-dffbf02de9c3",
                "created", true)));
        line.put("tenantId", k.contoso1Id());
        return line;
    }

    private static List<ObjectNode> read(Path journal) throws Exception {
        List<ObjectNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                lines.add((ObjectNode) JSON.readTree(l));
            }
        }
        return lines;
    }

    /** As a careful forger would: every checksum computed again, as the journal computes it. */
    private static List<String> seal(List<ObjectNode> lines) throws Exception {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (ObjectNode l : lines) {
            ObjectNode body = l.deepCopy();
            body.remove("hash");
            String text = JSON.writeValueAsString(body);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            String line = text.substring(0, text.length() - 1) + ",\"hash\":\"" + HexFormat.of().formatHex(sha.digest())
                    + "\"}";
            out.add(line);
            previous = line;
        }
        return out;
    }

    /** As a hand edit leaves it: each line keeps the checksum it had, or none. */
    private static List<String> unsealed(List<ObjectNode> lines) throws Exception {
        List<String> out = new ArrayList<>();
        for (ObjectNode l : lines) {
            out.add(JSON.writeValueAsString(l));
        }
        return out;
    }

    private static void write(Path file, List<String> lines) throws Exception {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }
}
