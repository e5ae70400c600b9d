package com.tenantbridge.service.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An append-only journal of JSON lines. Each entry is forced to disk before the next change runs, so after a
 * crash the journal shows every change that finished and every one that may have started. Each line carries a
 * checksum chained to the line before it ({@link JournalChain}), and the plan's and the tenant's ids, so a line
 * that was edited, moved or copied in from another journal is found ({@link Journal#verify}). One process at a
 * time writes a journal ({@link JournalLock}).
 */
public final class Journal implements AutoCloseable {

    /** A run's first line has a kind ("apply") and no result: that is no missing record. */
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY);

    private final Path file;
    private final FileChannel channel;
    private final JournalLock lock;
    /** The whole previous line as written: the next line's checksum covers it. */
    private String previousLine;
    private String planId;
    private final Map<String, String> tenantIds = new HashMap<>();

    private Journal(Path file, FileChannel channel, JournalLock lock, String previousLine, JournalEntry lastRun) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.previousLine = previousLine;
        if (lastRun != null) {
            remember(lastRun);
        }
    }

    /**
     * Opens for appending, creating the file (and its folder) if needed, and takes the journal's lock for as long as
     * it is open.
     *
     * @throws JournalLock.HeldException when another process (or window) writes this journal now
     */
    public static Journal open(Path file, String purpose) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JournalLock lock = JournalLock.take(file, purpose);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            try {
                dropTornTail(file, channel);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank()).toList();
                JournalEntry lastRun = null;
                for (String line : lines) {
                    JournalEntry e = parseOrNull(line);
                    if (e != null && e.status() == JournalEntry.Status.RUN) {
                        lastRun = e;
                    }
                }
                return new Journal(file, channel, lock, lines.isEmpty() ? null : lines.get(lines.size() - 1), lastRun);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** As {@link #open(Path, String)}, for a run. */
    public static Journal open(Path file) throws IOException {
        return open(file, "a run");
    }

    private static JournalEntry parseOrNull(String line) {
        try {
            return JSON.readValue(line, JournalEntry.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * A run killed in the middle of a write leaves a line without its newline; the next run's first line would be
     * glued to it and the journal could not be read again. The torn line never completed, so it goes: resuming
     * plans against the tenant as it is, whatever that line was about to record.
     */
    private static void dropTornTail(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                read.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                channel.truncate(end);
            }
        }
    }

    public Path file() {
        return file;
    }

    public synchronized void append(JournalEntry entry) {
        appendAll(List.of(entry));
    }

    /**
     * Appends entries and forces them to disk once: a JSON batch's twenty outcomes cost one sync, not twenty,
     * which is what keeps bulk onboarding from waiting on the disk.
     */
    public synchronized void appendAll(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            StringBuilder lines = new StringBuilder();
            for (JournalEntry entry : entries) {
                if (entry.status() == JournalEntry.Status.RUN) {
                    remember(entry);
                }
                JournalEntry stamped = entry.status() == JournalEntry.Status.RUN ? entry
                        : entry.stamped(planId, entry.tenant() == null ? null
                                : tenantIds.get(entry.tenant().toLowerCase(Locale.ROOT)));
                String line = JournalChain.seal(previousLine, JSON.writeValueAsString(stamped));
                lines.append(line).append('\n');
                previousLine = line;
            }
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the journal " + file, e);
        }
    }

    private void remember(JournalEntry run) {
        planId = run.planId();
        tenantIds.clear();
        if (run.tenants() != null) {
            run.tenants().forEach((domain, id) -> tenantIds.put(domain.toLowerCase(Locale.ROOT), id));
        }
    }

    /**
     * The changes a journal records, in order (run starts left out). A last line cut short by a crash is left out;
     * any other unreadable line is an error, since a journal that cannot be trusted must not drive a resume or a
     * rollback. Checksums are not checked here: {@link #verify} does that.
     */
    public static List<JournalEntry> read(Path file) throws IOException {
        return verify(file).changes();
    }

    /** Reads every line, run starts included, and checks each line's checksum against the line before it. */
    public static VerifiedJournal verify(Path file) throws IOException {
        return VerifiedJournal.read(file);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.close();
        } finally {
            lock.close();
        }
    }
}
