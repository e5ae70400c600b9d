package com.tenantbridge.service.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan's journals, found by the plan id their first line records, never by their file names: two plans with the
 * same name (or names that reduce to the same file name) never share runs.
 */
public final class RunHistory {

    /** One journal of the plan: when it started, on which tenants, and what it holds now. */
    public record Run(Path journal, String started, String planName, Map<String, String> tenants, long done,
            long failed, long rolledBack, Map<String, Integer> toUndo) {

        public Run {
            tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
            toUndo = toUndo == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                    toUndo));
        }

        /** How many changes a rollback would undo now. */
        public int pending() {
            return toUndo.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** When the run started, to the minute, e.g. "2026-11-28 03:12 UTC". */
        public String when() {
            return started == null ? "?" : started.replace('T', ' ').replaceAll(":\\d\\d(\\.\\d+)?Z$", " UTC");
        }

        /** e.g. "2026-11-28 03:12 UTC · abc.com · 44 done, 0 failed". */
        public String describe() {
            return when() + " \u00b7 " + String.join(", ", tenants.keySet()) + " \u00b7 " + done + " done, " + failed
                    + " failed" + (rolledBack > 0 ? ", " + rolledBack + " rolled back" : "");
        }
    }

    private RunHistory() {
    }

    /** The journals in {@code folder} whose runs belong to {@code planId}, newest first. */
    public static List<Run> of(Path folder, String planId) {
        if (planId == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".jsonl")
                    && Files.isRegularFile(f))::iterator) {
                first(file).filter(run -> planId.equals(run.planId())).ifPresent(run -> summary(file).ifPresent(
                        runs::add));
            }
        } catch (IOException e) {
            return List.of();
        }
        runs.sort(Comparator.comparing((Run r) -> r.started() == null ? "" : r.started()).reversed());
        return runs;
    }

    /** The newest journal of the plan, for a resume. */
    public static Optional<Path> newest(Path folder, String planId) {
        return of(folder, planId).stream().findFirst().map(Run::journal);
    }

    private static Optional<JournalEntry> first(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || line.length() > 64 * 1024) {
                return Optional.empty();
            }
            JournalEntry e = Journal.JSON.readValue(line, JournalEntry.class);
            return e.status() == JournalEntry.Status.RUN ? Optional.of(e) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Run> summary(Path file) {
        try {
            VerifiedJournal j = Journal.verify(file);
            JournalEntry first = j.runs().get(0);
            java.util.Map<String, JournalEntry.Status> last = new java.util.LinkedHashMap<>();
            j.changes().forEach(e -> last.put(e.changeId(), e.status()));
            long done = last.values().stream().filter(s -> s == JournalEntry.Status.DONE).count();
            long failed = last.values().stream().filter(s -> s == JournalEntry.Status.FAILED).count();
            long back = last.values().stream().filter(s -> s == JournalEntry.Status.ROLLED_BACK).count();
            // As rollback counts: done at some point and not rolled back since, by kind.
            java.util.Set<String> rolledBack = new java.util.HashSet<>();
            j.changes().stream().filter(e -> e.status() == JournalEntry.Status.ROLLED_BACK)
                    .forEach(e -> rolledBack.add(e.changeId()));
            java.util.Set<String> seen = new java.util.HashSet<>();
            Map<String, Integer> toUndo = new java.util.TreeMap<>();
            j.changes().stream().filter(e -> e.status() == JournalEntry.Status.DONE
                    && !rolledBack.contains(e.changeId())
                    && seen.add(e.changeId())).forEach(e -> toUndo.merge(e.kind(), 1, Integer::sum));
            String started = j.runs().stream().filter(r -> "apply".equals(r.kind())).map(JournalEntry::time)
                    .findFirst().orElse(first.time());
            if (done == 0 && failed == 0 && back == 0) {
                // A run that found nothing to do: nothing to report and nothing to roll back.
                return Optional.empty();
            }
            return Optional.of(new Run(file, started, first.plan(), first.tenants(), done, failed, back, toUndo));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
