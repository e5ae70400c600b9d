package com.tenantbridge.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.ChangeRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journals written before change records were typed (results were free maps) still read: every line's checksum
 * holds, every result reads into its kind's record, and the record written out again says exactly what the old
 * line said. The fixtures are real runs of the four example plans and of group licensing against the demo tenant.
 */
class JournalsFromBeforeTest {

    private static final Path FIXTURES = Path.of("src/test/resources/journals-v1");
    private static final List<String> RUNS = List.of("federation", "guest-access", "vendor-accounts",
            "anonymous-join", "group-licensing");

    @ParameterizedTest
    @ValueSource(strings = {"federation", "guest-access", "vendor-accounts", "anonymous-join", "group-licensing"})
    void everyResultReadsIntoItsKindsRecordWithNothingLost(String run) throws Exception {
        Path file = FIXTURES.resolve(run + ".jsonl");
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        VerifiedJournal journal = Journal.verify(file);

        assertThat(journal.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.trusted()).as("line %d", l.number())
                .isTrue());
        for (VerifiedJournal.Line line : journal.lines()) {
            JsonNode old = Journal.JSON.readTree(raw.get(line.number() - 1)).get("result");
            if (old == null) {
                continue;
            }
            JournalEntry e = line.entry();
            assertThat(e.result()).as("line %d (%s)", line.number(), e.kind())
                    .isInstanceOf(ChangeKind.valueOf(e.kind()).handler().recordType());
            JsonNode again = Journal.JSON.valueToTree(e.result());
            assertThat(again).as("line %d (%s) written again", line.number(), e.kind())
                    .isEqualTo(withoutNulls(old));
        }
    }

    @Test
    void theFixturesHoldEveryKindOfChange() throws Exception {
        Set<String> kinds = new TreeSet<>();
        for (String run : RUNS) {
            Journal.read(FIXTURES.resolve(run + ".jsonl")).stream().filter(e -> e.result() != null)
                    .forEach(e -> kinds.add(e.kind()));
        }
        // A new kind gets a journal here too: the run that made it, before its record changes shape.
        assertThat(kinds).isEqualTo(Arrays.stream(ChangeKind.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aKindThisVersionDoesNotKnowStillReads() throws Exception {
        JournalEntry e = Journal.JSON.readValue("{\"kind\":\"SOMETHING_NEW\",\"status\":\"DONE\",\"result\":"
                + "{\"widgetId\":\"w1\",\"note\":\"n\"}}", JournalEntry.class);
        assertThat(e.result()).isEqualTo(new ChangeRecords.Unknown("n"));
    }

    /** The old maps wrote a null value out ("before": null); a record leaves it out. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode copy = o.deepCopy();
            List<String> nulls = new java.util.ArrayList<>();
            copy.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    copy.set(f.getKey(), withoutNulls(f.getValue()));
                }
            });
            copy.remove(nulls);
            return copy;
        }
        return node;
    }
}
