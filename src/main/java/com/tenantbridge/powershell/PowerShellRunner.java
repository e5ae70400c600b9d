package com.tenantbridge.powershell;

import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.UnreachableException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs PowerShell 7 scripts. The script goes in on standard input and secrets (access tokens) in environment
 * variables, so neither shows in the process list; output is expected as JSON on standard output.
 */
public final class PowerShellRunner {

    private final Path pwsh;
    private final Duration timeout;

    PowerShellRunner(Path pwsh, Duration timeout) {
        this.pwsh = pwsh;
        this.timeout = timeout;
    }

    /** pwsh from PATH, or empty when PowerShell 7 is not installed. */
    public static Optional<PowerShellRunner> find() {
        return onPath("pwsh").map(p -> new PowerShellRunner(p, Duration.ofMinutes(5)));
    }

    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String candidate : List.of(name, name + ".exe")) {
                Path p = Path.of(dir, candidate);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the script; returns standard output. Fails with the script's error output. */
    public String run(String script, Map<String, String> secrets) {
        ProcessBuilder pb = new ProcessBuilder(pwsh.toString(), "-NoProfile", "-NonInteractive", "-Command", "-");
        pb.environment().putAll(secrets);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UnreachableException("PowerShell 7 (" + pwsh + ") could not start: " + e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw new PortException("could not send the script to PowerShell: " + e.getMessage());
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new PortException("PowerShell did not finish within " + timeout.toMinutes() + " minutes");
            }
            if (process.exitValue() != 0) {
                throw failure(process.exitValue(), err.get());
            }
            return out.get();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PortException("interrupted while PowerShell ran");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new PortException("could not read PowerShell's output: " + e.getCause().getMessage());
        }
    }

    /** Module names by the cmdlet that needs them, for "the term … is not recognized". */
    private static final Map<String, String> MODULE_OF = Map.of("connect-microsoftteams", "MicrosoftTeams",
            "connect-ippssession", "ExchangeOnlineManagement");
    private static final java.util.regex.Pattern MODULE_NOT_LOADED = java.util.regex.Pattern.compile(
            "module '([^']+)' was not loaded");
    private static final java.util.regex.Pattern TERM_NOT_RECOGNIZED = java.util.regex.Pattern.compile(
            "The term '([^']+)' is not recognized");

    /**
     * A missing module is said by name with the command that installs it, and the change goes to the runbook
     * (an unreachable setting) rather than stopping the run; any other failure by PowerShell's first error line.
     */
    static PortException failure(int exit, String stderr) {
        var module = MODULE_NOT_LOADED.matcher(stderr);
        String missing = module.find() ? module.group(1) : null;
        var term = TERM_NOT_RECOGNIZED.matcher(stderr);
        if (missing == null && term.find()) {
            missing = MODULE_OF.get(term.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        if (missing != null) {
            return new UnreachableException("the PowerShell module " + missing + " is not installed: run"
                    + " Install-Module " + missing + " -Scope CurrentUser in PowerShell 7, then try again (until then"
                    + " these settings are in the runbook)");
        }
        String first = stderr.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse("no error text, exit code " + exit);
        return new PortException(exit, "PowerShell", "PowerShell failed: " + first, null);
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
