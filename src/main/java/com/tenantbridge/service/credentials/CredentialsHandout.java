package com.tenantbridge.service.credentials;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place generated passwords are written: a CSV the admin chose, readable by its owner only, one row
 * per account as it is created. Cells are neutralised so a spreadsheet never runs one as a formula.
 */
public final class CredentialsHandout implements AutoCloseable {

    public record Row(String userPrincipalName, String displayName, String contactEmail, String oneTimePassword,
            String signIn) {
    }

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withoutHeader()
            .sortedBy("userPrincipalName", "displayName", "contactEmail", "oneTimePassword", "signIn");
    private static final String HEADER = "userPrincipalName,displayName,contactEmail,oneTimePassword,signIn\n";

    private final Path file;
    private final FileChannel channel;

    private final Set<String> listed;

    private CredentialsHandout(Path file, FileChannel channel, Set<String> listed) {
        this.file = file;
        this.channel = channel;
        this.listed = listed;
    }

    /** The handout is refused before anything is written: why, naming the file. */
    public static final class RefusedException extends IOException {
        RefusedException(Path file, String why) {
            super("The credentials handout " + file + " " + why);
        }
    }

    /**
     * A new handout, owner-only before anything is written to it. An existing file is refused whatever it is (a
     * symbolic link, another user's file, the journal, the plan): passwords go only into a file this run made.
     */
    public static CredentialsHandout create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(file, "exists already: choose a new file (passwords are only ever written"
                    + " into a file TenantBridge creates)");
        }
        FileChannel channel;
        try {
            channel = posix()
                    ? FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new RefusedException(file, "exists already: choose a new file");
        }
        CredentialsHandout handout = new CredentialsHandout(file, channel, new HashSet<>());
        handout.write(HEADER);
        return handout;
    }

    /**
     * This run's own handout again, for a resume: only a regular file of the current user that starts as a handout
     * does (never a link, another user's file, or a file TenantBridge did not write); it is made owner-only again.
     */
    public static CredentialsHandout reopen(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RefusedException(file, "is gone: the passwords of the accounts created so far were in it");
        }
        if (attributes.isSymbolicLink()) {
            throw new RefusedException(file, "is a symbolic link: passwords are never written through one");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedException(file, "is not a regular file");
        }
        if (posix()) {
            UserPrincipal owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS);
            String me = System.getProperty("user.name");
            if (!owner.getName().equals(me)) {
                throw new RefusedException(file, "belongs to " + owner.getName() + ", not to you (" + me + ")");
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null || !(first + "\n").equals(HEADER)) {
                throw new RefusedException(file, "is not a TenantBridge credentials handout: it is left as it is");
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RefusedException(file, "is not a TenantBridge credentials handout (not UTF-8 text)");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS);
        Set<String> listed = new HashSet<>();
        try {
            dropPartialRow(file, channel);
            rows(file).forEach(r -> listed.add(r.userPrincipalName().toLowerCase(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof RefusedException r ? r : new RefusedException(file, "is not a TenantBridge credentials"
                    + " handout (its rows cannot be read as CSV)");
        }
        return new CredentialsHandout(file, channel, listed);
    }

    /** A handout's rows, read as the CSV it is (its header line first). */
    public static List<Row> rows(Path file) throws IOException {
        try (MappingIterator<Row> it = CSV.readerFor(Row.class).with(SCHEMA.withSkipFirstDataRow(true))
                .readValues(file.toFile())) {
            return it.readAll();
        }
    }

    /** A new handout, or this run's own one again (see {@link #create} and {@link #reopen}). */
    public static CredentialsHandout open(Path file) throws IOException {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? reopen(file) : create(file);
    }

    /** A write cut short (a full disk, a kill) leaves half a row; the next row must not be glued to it. */
    private static void dropPartialRow(Path file, FileChannel channel) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            channel.truncate(end);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Whether the handout has a password for this account already (a run interrupted after writing it). */
    public synchronized boolean lists(String userPrincipalName) {
        return listed.contains(userPrincipalName.toLowerCase(Locale.ROOT));
    }

    public Path file() {
        return file;
    }

    public synchronized void add(Row row) {
        addAll(List.of(row));
    }

    /** Adds rows and forces them to disk once (a batch of new accounts). */
    public synchronized void addAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            for (Row row : rows) {
                Row safe = new Row(neutralise(row.userPrincipalName()), neutralise(row.displayName()),
                        neutralise(row.contactEmail()), row.oneTimePassword(), neutralise(row.signIn()));
                text.append(CSV.writer(SCHEMA).writeValueAsString(safe));
            }
        } catch (IOException e) {
            throw new HandoutWriteException("Could not write the credentials handout " + file + ": " + e.getMessage(),
                    e);
        }
        write(text.toString());
        rows.forEach(r -> listed.add(r.userPrincipalName().toLowerCase(Locale.ROOT)));
    }

    private void write(String text) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new HandoutWriteException("Could not write the credentials handout " + file + ": " + why(e), e);
        }
    }

    /** What went wrong, in words: "No space left on device" as the system says it, or what the exception means. */
    private static String why(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof java.nio.channels.ClosedChannelException ? "the file is no longer open"
                : "the system refused the write";
    }

    /** A cell that starts like a formula (= + - @, tab, CR) gets a leading apostrophe. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return List.of('=', '+', '-', '@', '\t', '\r').contains(cell.charAt(0)) ? "'" + cell : cell;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
