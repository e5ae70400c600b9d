package com.tenantbridge.service.plan;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.intent.Intent;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.plan.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Plan files on disk: strict UTF-8, size-capped reads, and writes that never leave half a file. */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static PlanLoadResult load(Path file) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe would block the read for ever and a device never ends: only a file is a plan.
                return refused(file + " is not a regular file (" + (Files.isDirectory(file) ? "a folder"
                        : "a device, a pipe or a socket") + "); give the plan's JSON file");
            }
            long size = Files.size(file);
            if (size > PlanJson.MAX_CHARS) {
                return refused("the file is " + size / (1024 * 1024) + " MB; a plan is at most "
                        + PlanJson.MAX_CHARS / (1024 * 1024) + " MB");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(PlanJson.MAX_CHARS + 1);
            }
            if (bytes.length > PlanJson.MAX_CHARS) {
                return refused("the file grew past " + PlanJson.MAX_CHARS / (1024 * 1024) + " MB while it was read;"
                        + " a plan is at most that");
            }
            return Intent.proven(PlanJson.read(decode(bytes)));
        } catch (NoSuchFileException e) {
            return refused("no such file: " + file);
        } catch (MalformedInputException e) {
            return refused("the file is not valid UTF-8 text");
        } catch (CharacterCodingException e) {
            return refused("the file is not valid UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            return refused("could not read " + file + ": " + e.getMessage());
        }
    }

    /** Where a run keeps a copy of its plan, beside its journal, so a report can be made from the journal alone. */
    public static Path besideJournal(Path journal) {
        String name = journal.getFileName().toString();
        return journal.resolveSibling((name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name)
                + ".plan.json");
    }

    public static void save(Path file, DeploymentPlan plan) throws IOException {
        writeWhole(file, PlanJson.write(plan));
    }

    /** Writes next to the target and moves it into place, so a crash keeps the previous file whole. */
    public static void writeWhole(Path file, String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        // Editors on Windows like to start UTF-8 files with a byte order mark; it is not part of the JSON.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static PlanLoadResult refused(String message) {
        return PlanLoadResult.unreadable(Problem.error("", message));
    }
}
