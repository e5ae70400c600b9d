package com.tenantbridge.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static JournalEntry entry(String id, JournalEntry.Status status) {
        return new JournalEntry("2026-11-23T00:00:00Z", "run", "plan", id, "abc.com", "CREATE_USER", status, "s",
                null, Map.of("userPrincipalName", "a@abc.com"), Map.of("upn", "a@abc.com"),
                new com.tenantbridge.service.change.CreateUserKind.Done("1", true, null),
                null);
    }

    @Test
    void appendsAndReadsBack() throws Exception {
        Path file = dir.resolve("j/journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(entry("a", JournalEntry.Status.STARTED));
            j.append(entry("a", JournalEntry.Status.DONE));
        }
        try (Journal j = Journal.open(file)) {
            j.append(entry("b", JournalEntry.Status.FAILED));
        }
        assertThat(Journal.read(file)).extracting(JournalEntry::changeId, JournalEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", JournalEntry.Status.STARTED),
                org.assertj.core.groups.Tuple.tuple("a", JournalEntry.Status.DONE),
                org.assertj.core.groups.Tuple.tuple("b", JournalEntry.Status.FAILED));
    }

    @Test
    void aLastLineCutByACrashIsLeftOut() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(entry("a", JournalEntry.Status.DONE));
        }
        Files.writeString(file, "{\"time\":\"2026", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(Journal.read(file)).hasSize(1);
    }

    @Test
    void aRunAfterACrashDropsTheTornLineAndTheJournalStaysReadable() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(entry("a", JournalEntry.Status.DONE));
        }
        Files.writeString(file, "{\"time\":\"2026", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Journal j = Journal.open(file)) {
            j.append(entry("b", JournalEntry.Status.DONE));
        }
        assertThat(Journal.read(file)).extracting(JournalEntry::changeId).containsExactly("a", "b");
        assertThat(Files.readString(file)).doesNotContain("\"2026{");
    }

    @Test
    void aDamagedLineInTheMiddleIsRefused() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, "not json\n");
        try (Journal j = Journal.open(file)) {
            j.append(entry("a", JournalEntry.Status.DONE));
        }
        assertThatThrownBy(() -> Journal.read(file)).hasMessageContaining("line 1");
    }

    private Path journalOfThree() throws Exception {
        Path file = dir.resolve("chained.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(JournalEntry.runStart("2026-11-23T00:00:00Z", "run", "plan", "plan-1", "apply", "0.1.0",
                    Map.of("abc.com", "tenant-abc"), null));
            j.append(entry("a", JournalEntry.Status.STARTED));
            j.append(entry("a", JournalEntry.Status.DONE));
        }
        return file;
    }

    @Test
    void everyLineCarriesThePlanTheTenantAndAChecksumThatHolds() throws Exception {
        VerifiedJournal v = Journal.verify(journalOfThree());
        assertThat(v.intact()).isTrue();
        assertThat(v.planId()).contains("plan-1");
        assertThat(v.changes()).allSatisfy(e -> {
            assertThat(e.planId()).isEqualTo("plan-1");
            assertThat(e.tenantId()).isEqualTo("tenant-abc");
            assertThat(e.hash()).hasSize(64);
        });
        assertThat(v.lines()).allMatch(VerifiedJournal.Line::trusted);
    }

    @Test
    void anEditedLineBreaksTheChainThereAndEveryLineAfterItIsUntrusted() throws Exception {
        Path file = journalOfThree();
        java.util.List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace("\"userId\":\"1\"", "\"userId\":\"2\""));
        Files.write(file, lines);
        VerifiedJournal v = Journal.verify(file);
        assertThat(v.problem()).startsWith("line 2 does not follow");
        assertThat(v.lines()).extracting(VerifiedJournal.Line::trusted).containsExactly(true, false, false);
    }

    @Test
    void aRemovedOrReorderedLineBreaksTheChainAndALineWithoutChecksumIsNamed() throws Exception {
        Path file = journalOfThree();
        java.util.List<String> lines = Files.readAllLines(file);
        Files.write(file, java.util.List.of(lines.get(0), lines.get(2)));
        assertThat(Journal.verify(file).problem()).startsWith("line 2 ");
        Files.write(file, java.util.List.of(lines.get(0), lines.get(2), lines.get(1)));
        assertThat(Journal.verify(file).problem()).startsWith("line 2 ");
        Files.write(file, java.util.List.of(lines.get(0), lines.get(1), "{\"changeId\":\"x\",\"status\":\"DONE\"}"));
        assertThat(Journal.verify(file).problem()).isEqualTo("line 3 has no checksum (written by an earlier version,"
                + " or by hand)");
    }
}
