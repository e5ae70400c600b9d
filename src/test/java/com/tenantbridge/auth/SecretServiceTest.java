package com.tenantbridge.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keychain on a Linux desktop: under a real Secret Service (gnome-keyring in a D-Bus session of its own) the
 * token cache lives in the keyring and survives to the next run, and no file holds a token; with libsecret but no
 * session it falls back to memory in one line. CI installs gnome-keyring so this runs; without it, it is skipped.
 */
@EnabledOnOs(OS.LINUX)
class SecretServiceTest {

    @TempDir
    Path dir;

    private static boolean onPath(String name) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, name)));
    }

    private List<String> probe(boolean session, Path data, String secret) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String run = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + KeyringProbe.class.getName() + " '" + data + "' '" + secret + "'";
        List<String> command = session ? List.of("dbus-run-session", "--", "sh", "-c", "printf probe-password |"
                + " gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec " + run)
                : List.of("sh", "-c", "unset DBUS_SESSION_BUS_ADDRESS; exec " + run);
        Path log = dir.resolve(session ? "session.log" : "nosession.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // A home of its own: gnome-keyring makes a fresh login keyring with the password it is unlocked with.
        Path home = Files.createDirectories(dir.resolve(session ? "home" : "home-nosession"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        // No display: libsecret would otherwise autolaunch a bus or the keyring show an unlock prompt and wait.
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        return Files.readAllLines(log);
    }

    @Test
    void aRealSecretServiceKeepsTheTokensAndNoFileHoldsThem() throws Exception {
        assumeTrue(onPath("dbus-run-session") && onPath("gnome-keyring-daemon"),
                "no D-Bus session tool or gnome-keyring on this machine");
        Path data = Files.createDirectories(dir.resolve("data"));
        String secret = "refresh-token-" + System.nanoTime();
        List<String> out = probe(true, data, secret);
        assertThat(out).as(String.join("\n", out)).contains("persistent=true",
                "description=Sign-ins are remembered in the Secret Service keyring.", "readBack=true");
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f + " holds no token").doesNotContain(secret);
            }
        }
    }

    @Test
    void withoutASessionItFallsBackToMemoryInOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> out = probe(false, data, "x");
        assertThat(out).as(String.join("\n", out)).containsExactly("persistent=false", "description=No OS keychain"
                + " could be used here: sign-ins are kept in memory for this run only and never written to disk.");
    }
}
