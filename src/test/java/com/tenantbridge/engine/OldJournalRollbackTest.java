package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import com.tenantbridge.service.engine.Rollback;
import com.tenantbridge.service.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written before change records were typed still rolls back: the four example plans were applied, one
 * after the other, by the version before them to a demo tenant whose state was kept (journals-v1 and
 * journals-v1/demo-after-the-four); this version undoes the four, newest first, and every tenant is as it was
 * seeded.
 */
class OldJournalRollbackTest {

    private static final Path FIXTURES = Path.of("src/test/resources/journals-v1");
    private static final List<String> NEWEST_FIRST = List.of("anonymous-join", "vendor-accounts", "guest-access",
            "federation");

    @TempDir
    Path dir;

    @Test
    void theFourRunsOfTheVersionBeforeRollBackToTheSeed() throws Exception {
        Path state = dir.resolve("demo");
        Files.createDirectories(state);
        try (Stream<Path> files = Files.list(FIXTURES.resolve("demo-after-the-four"))) {
            for (Path f : files.toList()) {
                Files.copy(f, state.resolve(f.getFileName()));
            }
        }
        Map<String, String> seeded = new java.util.HashMap<>();
        try (DemoTenantServer fresh = DemoTenantServer.start(DemoOptions.inMemory())) {
            for (String domain : List.of("abc.com", "contoso1.com", "contoso2.com")) {
                seeded.put(domain, TenantDigest.of(fresh.graphBaseUrl(), domain));
            }
        }
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory().withData(state, false))) {
            assertThat(TenantDigest.of(f.server.graphBaseUrl(), "abc.com")).as("the runs' state was loaded")
                    .isNotEqualTo(seeded.get("abc.com"));
            for (String run : NEWEST_FIRST) {
                try (Journal out = Journal.open(dir.resolve(run + "-rollback.jsonl"))) {
                    List<Rollback.Outcome> undone = new Rollback().rollback(Journal.verify(FIXTURES.resolve(run
                            + ".jsonl")), f.connections, out);
                    assertThat(undone).as(run).isNotEmpty().allSatisfy(u -> assertThat(u.undone())
                            .as(run + " " + u.entry().changeId() + ": " + u.message()).isTrue());
                }
            }
            for (String domain : seeded.keySet()) {
                assertThat(TenantDigest.of(f.server.graphBaseUrl(), domain)).as(domain).isEqualTo(seeded.get(domain));
            }
        }
    }
}
