package com.tenantbridge.service.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only journal of JSON lines. Each entry is forced to disk before the next change runs, so after a
 * crash the journal shows every change that finished and every one that may have started.
 */
public final class Journal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens for appending, creating the file (and its folder) if needed. */
    public static Journal open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            dropTornTail(file, channel);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new Journal(file, channel);
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
                lines.append(JSON.writeValueAsString(entry)).append('\n');
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

    /**
     * Reads every entry. A last line cut short by a crash is left out; any other unreadable line is an error,
     * since a journal that cannot be trusted must not drive a resume or a rollback.
     */
    public static List<JournalEntry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, JournalEntry.class));
            } catch (JsonProcessingException e) {
                boolean last = lines.subList(i + 1, lines.size()).stream().allMatch(String::isBlank);
                if (!last) {
                    throw new IOException(file + " line " + (i + 1) + " is not a journal entry: " + e.getOriginalMessage());
                }
            }
        }
        return entries;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
