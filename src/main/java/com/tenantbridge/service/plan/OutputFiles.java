package com.tenantbridge.service.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files one command reads and writes, held against each other before anything is written: no output may be
 * an input or another output (a journal's plan copy named as the handout lost every password to it), and an output
 * replaces only a file of its own kind (a report over a plan, a journal appended to a plan). A path is compared as
 * the file it leads to: through symbolic links, and as the same file when two names lead to one.
 *
 * <p>One exception, said where it is used: a plan written where the plan was read (the plan copy beside a journal
 * resumed from that copy, {@code import --out} onto its own {@code --plan}) is the same document, updated.
 */
public final class OutputFiles {

    /** What an output may replace when it exists, told by the file's own first bytes. */
    public enum Kind {
        PLAN("a plan"),
        JOURNAL("a journal"),
        REPORT("a report"),
        RUNBOOK("a runbook"),
        REACH_CSV("a who-reaches-whom CSV"),
        /** An output that is always a new file (a handout) or a transient one (a lock): never replaces. */
        NEW("");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        /** Whether {@code file}, which exists, is a file of this kind TenantBridge wrote. */
        boolean holds(Path file) {
            String head = head(file);
            return switch (this) {
                case PLAN -> isPlan(file);
                case JOURNAL -> head.startsWith("{") && head.contains("\"run\"") && head.contains("\"status\"");
                case REPORT -> head.contains("\"reportVersion\"") || head.contains(REPORT_MARK)
                        || head.contains("\nTenantBridge report, ");
                case RUNBOOK -> head.startsWith("# TenantBridge runbook");
                case REACH_CSV -> head.startsWith("from,to,channel,before,after,changed,reason");
                case NEW -> false;
            };
        }
    }

    /** The mark the HTML report carries in its head, by which a later report may replace it. */
    public static final String REPORT_MARK = "<meta name=\"generator\" content=\"TenantBridge rollout report\">";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEAD = 4096;

    private record Role(String what, Path path, Kind kind, boolean output, Set<String> writes) {

        boolean folder() {
            return writes != null;
        }
    }

    private final List<Role> roles = new ArrayList<>();

    /** A file the command reads; {@code kind} PLAN lets a plan written back to it pass. Null paths are skipped. */
    public OutputFiles input(String what, Path path, Kind kind) {
        if (path != null) {
            roles.add(new Role(what, path, kind, false, null));
        }
        return this;
    }

    /** A file the command writes. */
    public OutputFiles output(String what, Path path, Kind kind) {
        if (path != null) {
            roles.add(new Role(what, path, kind, true, null));
        }
        return this;
    }

    /** A folder the command writes the named files into (a handover). */
    public OutputFiles folder(String what, Path dir, Collection<String> names) {
        if (dir != null) {
            roles.add(new Role(what, dir, Kind.NEW, true, Set.copyOf(names)));
        }
        return this;
    }

    /**
     * Writes {@code text} whole to {@code file}, which may replace only a file of {@code kind} and none of
     * {@code inputs}: for the wizard's saves, whose file chooser has asked only whether to replace a file.
     */
    public static Path write(Path file, Kind kind, String text, Path... inputs) throws IOException {
        OutputFiles files = new OutputFiles();
        for (Path input : inputs) {
            files.input("the file it was made from", input, Kind.NEW);
        }
        Optional<String> clash = files.output("the file chosen", file, kind).clash();
        if (clash.isPresent()) {
            throw new IOException(clash.get());
        }
        PlanFiles.writeWhole(file, text);
        return file;
    }

    /** The first clash, as one sentence naming both files and what to do; empty when there is none. */
    public Optional<String> clash() {
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                Optional<String> clash = clash(roles.get(i), roles.get(j));
                if (clash.isPresent()) {
                    return clash;
                }
            }
        }
        for (Role r : roles) {
            if (r.output() && !r.folder() && Files.exists(r.path(), LinkOption.NOFOLLOW_LINKS)
                    && r.kind() != Kind.NEW && !r.kind().holds(r.path()) && !sameAsAnInput(r)) {
                return Optional.of(capital(r.what()) + " " + r.path() + " exists and is not " + r.kind().noun
                        + seemsTo(r.path()) + ": TenantBridge replaces only " + r.kind().noun
                        + " it wrote. Choose another file, or move that one away first.");
            }
        }
        return Optional.empty();
    }

    /** How two roles, {@code earlier} named before {@code later}, would write over one another, or empty. */
    private static Optional<String> clash(Role earlier, Role later) {
        if (earlier.folder() || later.folder()) {
            Role folder = earlier.folder() ? earlier : later;
            Role file = earlier.folder() ? later : earlier;
            return file.folder() ? Optional.empty() : inFolder(folder, file);
        }
        if (!earlier.output() && !later.output() || !same(earlier.path(), later.path())) {
            return Optional.empty();
        }
        if (earlier.kind() == Kind.PLAN && later.kind() == Kind.PLAN && (!earlier.output() || !later.output())) {
            return Optional.empty();
        }
        if (earlier.output() && later.output()) {
            return Optional.of(capital(later.what()) + " " + later.path() + " is also " + earlier.what() + " ("
                    + earlier.path() + "): choose another file.");
        }
        Role written = later.output() ? later : earlier;
        Role read = later.output() ? earlier : later;
        return Optional.of(capital(written.what()) + " " + written.path() + " would overwrite " + read.what() + " "
                + read.path() + ": choose another file.");
    }

    private static Optional<String> inFolder(Role folder, Role file) {
        for (String name : folder.writes()) {
            if (same(folder.path().resolve(name), file.path())) {
                return Optional.of(capital(file.what()) + " " + file.path() + " is one of the files "
                        + folder.what() + " " + folder.path() + " writes (" + name + "): choose another "
                        + (file.output() ? "file" : "folder") + ".");
            }
        }
        return Optional.empty();
    }

    private boolean sameAsAnInput(Role output) {
        return roles.stream().anyMatch(r -> !r.output() && r.kind() == output.kind() && same(r.path(), output.path()));
    }

    /** Whether two paths lead to one file: the same canonical path, or (both existing) the same file. */
    static boolean same(Path a, Path b) {
        if (canonical(a).equals(canonical(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The path through every link that exists: an output not made yet is its folder's real path plus its name. */
    private static Path canonical(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName())
                    : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String seemsTo(Path file) {
        for (Kind k : List.of(Kind.PLAN, Kind.JOURNAL, Kind.REPORT, Kind.RUNBOOK, Kind.REACH_CSV)) {
            if (k.holds(file)) {
                return " (it reads as " + k.noun + ")";
            }
        }
        return "";
    }

    private static boolean isPlan(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 64L * 1024 * 1024) {
                return false;
            }
            JsonNode root = JSON.readTree(file.toFile());
            return root != null && root.isObject() && root.has("schemaVersion") && root.has("scenario");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String head(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[HEAD];
            int n = in.read(buffer);
            return n <= 0 ? "" : new String(buffer, 0, n).replace("\r\n", "\n");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
