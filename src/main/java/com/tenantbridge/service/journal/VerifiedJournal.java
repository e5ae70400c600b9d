package com.tenantbridge.service.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A journal as read from disk, each line with its number and whether its checksum chain holds from the first line
 * to it. A line after the first broken one is not trusted, whatever its own checksum says.
 */
public record VerifiedJournal(Path file, List<Line> lines, String problem) {

    /** One line: its number in the file (from 1), what it says, and whether the chain holds up to it. */
    public record Line(int number, JournalEntry entry, boolean trusted) {
    }

    public VerifiedJournal {
        lines = List.copyOf(lines);
    }

    static VerifiedJournal read(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        String problem = null;
        boolean chained = true;
        String previous = null;
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            if (text.isBlank()) {
                continue;
            }
            JournalEntry entry;
            try {
                entry = Journal.JSON.readValue(text, JournalEntry.class);
            } catch (JsonProcessingException e) {
                boolean last = raw.subList(i + 1, raw.size()).stream().allMatch(String::isBlank);
                if (last) {
                    break;
                }
                throw new IOException(file + " line " + (i + 1) + " is not a journal entry: " + e.getOriginalMessage());
            }
            if (chained && !JournalChain.holds(previous, text)) {
                chained = false;
                problem = "line " + (i + 1) + (JournalChain.sealed(text)
                        ? " does not follow from the line before it (edited, moved, removed or copied in)"
                        : " has no checksum (written by an earlier version, or by hand)");
            }
            lines.add(new Line(i + 1, entry, chained));
            previous = text;
        }
        return new VerifiedJournal(file, lines, problem);
    }

    /** The changes recorded, run starts left out. */
    public List<JournalEntry> changes() {
        return lines.stream().map(Line::entry).filter(e -> e.status() != JournalEntry.Status.RUN).toList();
    }

    /** The run starts, oldest first. */
    public List<JournalEntry> runs() {
        return lines.stream().map(Line::entry).filter(e -> e.status() == JournalEntry.Status.RUN).toList();
    }

    public boolean intact() {
        return problem == null;
    }

    /** The plan every run of this journal belongs to, if the runs name one (they all do in a journal from now). */
    public Optional<String> planId() {
        return runs().stream().map(JournalEntry::planId).filter(id -> id != null && !id.isBlank()).findFirst();
    }

    /** The run start a line belongs to: the last one before it with its run id. */
    public Optional<JournalEntry> runOf(int lineNumber, String run) {
        JournalEntry found = null;
        for (Line l : lines) {
            if (l.number() >= lineNumber) {
                break;
            }
            if (l.entry().status() == JournalEntry.Status.RUN && l.entry().run() != null
                    && l.entry().run().equals(run)) {
                found = l.entry();
            }
        }
        return Optional.ofNullable(found);
    }
}
