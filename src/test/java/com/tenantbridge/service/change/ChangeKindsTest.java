package com.tenantbridge.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind is whole: a handler, a record of its own, and that record through a journal and back unchanged. */
class ChangeKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eachKindHasARecordOfItsOwn() {
        List<Class<?>> types = Arrays.stream(ChangeKind.values()).<Class<?>>map(k -> k.handler().recordType())
                .toList();
        assertThat(types).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t.isRecord()).as(t.getName()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(ChangeKind.class)
    void itsRecordGoesThroughAJournalAndBack(ChangeKind kind) throws Exception {
        ChangeRecord record = JSON.readValue("{\"note\":\"" + kind + "\"}", kind.handler().recordType());
        Path file = dir.resolve(kind + ".jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry("2026-11-28T00:00:00Z", "run", "plan", "id", "abc.com", kind.name(),
                    JournalEntry.Status.DONE, "s", null, null, null, record, null));
        }
        assertThat(Journal.read(file)).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(record);
            assertThat(e.result().note()).isEqualTo(kind.name());
        });
    }

    @Test
    void theJournalNamesARecordsKindByTheKindItself() {
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(ChangeRecords.kindOf(kind.handler().recordType())).isEqualTo(kind);
        }
    }
}
