package com.tenantbridge.service.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One writer per journal: an OS file lock on {@code <journal>.lock}, held while apply, resume or rollback writes it.
 * The lock file says who holds it, so the second writer is told which process to wait for. The file stays when
 * released (emptied): deleting it would let two processes lock two different files of the same name.
 */
public final class JournalLock implements AutoCloseable {

    /** Another process (or another window of this one) writes the journal now. */
    public static final class HeldException extends IOException {
        HeldException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".lock");
    }

    static JournalLock take(Path journal, String purpose) throws IOException {
        Path file = lockFile(journal);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = holder(file);
            channel.close();
            throw new HeldException("The journal " + journal + " is in use by " + (holder.isBlank()
                    ? "another process" : holder) + ": wait until it ends (or stop it), then try again.");
        }
        channel.truncate(0);
        byte[] who = ("process " + ProcessHandle.current().pid() + " (" + purpose + ", since "
                + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + ")")
                .getBytes(StandardCharsets.UTF_8);
        channel.write(ByteBuffer.wrap(who), 0);
        channel.force(false);
        return new JournalLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
