package com.tenantbridge.service.credentials;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

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

    private CredentialsHandout(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates the file owner-only before anything is written to it; appends if it exists (a resumed run). */
    public static CredentialsHandout open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean fresh = !Files.exists(file);
        if (fresh && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        CredentialsHandout handout = new CredentialsHandout(file, channel);
        if (channel.size() == 0) {
            handout.write(HEADER);
        }
        return handout;
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
            throw new UncheckedIOException("could not write the credentials handout " + file, e);
        }
        write(text.toString());
    }

    private void write(String text) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the credentials handout " + file, e);
        }
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
