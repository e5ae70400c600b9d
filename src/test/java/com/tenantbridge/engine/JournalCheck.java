package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a journal must say after any run, interrupted or not: readable, nothing done twice, nothing unaccounted. */
final class JournalCheck {

    private JournalCheck() {
    }

    /** {@code planned}: the change ids the first run set out to make; each must end done (or in a runbook). */
    static void consistent(Path file, Collection<String> planned) throws Exception {
        List<JournalEntry> entries = Journal.read(file);
        Set<String> started = new HashSet<>();
        Map<String, Integer> done = new HashMap<>();
        Map<String, JournalEntry.Status> last = new HashMap<>();
        for (JournalEntry e : entries) {
            switch (e.status()) {
                case STARTED -> started.add(e.changeId());
                case DONE -> {
                    assertThat(started).as("%s done without being started first", e.changeId()).contains(e.changeId());
                    done.merge(e.changeId(), 1, Integer::sum);
                }
                default -> { }
            }
            if (e.status() != JournalEntry.Status.STARTED) {
                last.put(e.changeId(), e.status());
            }
        }
        assertThat(done).as("changes journalled done more than once").allSatisfy((id, n) -> assertThat(n)
                .as("%s:%n%s", id, String.join("\n", entries.stream().filter(e -> e.changeId().equals(id))
                        .map(e -> e.time() + " " + e.run() + " " + e.status() + " " + e.result() + " " + e.error())
                        .toList())).isEqualTo(1));
        for (String id : planned) {
            assertThat(last.get(id)).as("how %s ended", id).isIn(JournalEntry.Status.DONE, JournalEntry.Status.RUNBOOK);
        }
    }
}
