package com.tenantbridge.service.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checksum that ties each journal line to the one before it: SHA-256 of the previous line as written (empty for
 * the first) and this line's JSON without its checksum. Editing, removing, reordering or copying in a line breaks
 * the chain at that line. It is a checksum, not a signature: it catches a restored backup, a hand edit or a bug,
 * and the undo checks ({@code service.engine.Provenance}) still stand behind it.
 */
final class JournalChain {

    private static final Pattern SEALED = Pattern.compile("^(\\{.*),\"hash\":\"([0-9a-f]{64})\"}$");

    private JournalChain() {
    }

    /** {@code body} (a JSON object without a hash) with its checksum as the last field. */
    static String seal(String previousLine, String body) {
        if (!body.endsWith("}") || body.length() < 3) {
            throw new IllegalArgumentException("a journal line is a JSON object with fields");
        }
        return body.substring(0, body.length() - 1) + ",\"hash\":\"" + digest(previousLine, body) + "\"}";
    }

    /** Whether {@code line} carries a checksum at all (journals from before checksums do not). */
    static boolean sealed(String line) {
        return SEALED.matcher(line).matches();
    }

    /** Whether {@code line}'s checksum matches the line before it. */
    static boolean holds(String previousLine, String line) {
        Matcher m = SEALED.matcher(line);
        if (!m.matches()) {
            return false;
        }
        return digest(previousLine, m.group(1) + "}").equals(m.group(2));
    }

    private static String digest(String previousLine, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previousLine == null ? "" : previousLine).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
