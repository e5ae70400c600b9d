package com.tenantbridge.powershell;

import com.tenantbridge.service.port.PortException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One PowerShell 7 process kept for a tenant's run, so that a module signs in once (interactively or with a device
 * code) rather than for every call. Each script goes in as one base64 line on standard input and comes back as one
 * answer line: {@code TB-OK <base64 output>} or {@code TB-ERR <base64 message>}. Anything else the process prints
 * (a device-code prompt, a warning) is passed on to {@code messages} for the admin to read.
 */
final class PowerShellSession implements AutoCloseable {

    /** The loop pwsh runs; the scripts it is sent are never on its command line. */
    static final String LOOP = "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue'\n"
            + "while ($null -ne ($l = [Console]::In.ReadLine())) {\n"
            + "  $s = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($l))\n"
            + "  try { $o = & ([scriptblock]::Create($s)) | Out-String -Width 4096;"
            + " $r = 'TB-OK ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($o)) }\n"
            + "  catch { $r = 'TB-ERR ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("
            + "\"$($_.Exception.Message)\")) }\n"
            + "  [Console]::Out.WriteLine($r); [Console]::Out.Flush()\n"
            + "}\n";
    private static final String EOF = "\u0000eof";

    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> errors = new ArrayDeque<>();
    private final Consumer<String> messages;

    private PowerShellSession(Process process, Consumer<String> messages) {
        this.process = process;
        this.messages = messages;
        this.in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("pwsh-out", () -> {
            pump(process.getInputStream(), lines::add);
            lines.add(EOF);
        });
        daemon("pwsh-err", () -> pump(process.getErrorStream(), this::error));
    }

    /** Starts pwsh; {@code secrets} go only into its environment. */
    static PowerShellSession start(Path pwsh, Map<String, String> secrets, Consumer<String> messages) {
        ProcessBuilder pb = new ProcessBuilder(pwsh.toString(), "-NoProfile", "-NoLogo", "-NonInteractive",
                "-Command", LOOP);
        pb.environment().putAll(secrets);
        try {
            return new PowerShellSession(pb.start(), messages);
        } catch (IOException e) {
            throw new PortException("PowerShell 7 (" + pwsh + ") could not start: " + e.getMessage());
        }
    }

    /** Runs one script and returns what it printed; fails with the script's error message. */
    synchronized String run(String script, Duration timeout) {
        try {
            in.write(Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8)) + "\n");
            in.flush();
        } catch (IOException e) {
            throw new PortException("PowerShell has stopped" + lastError());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    close();
                    throw new PortException("PowerShell did not answer within " + timeout.toMinutes() + " minutes");
                }
                if (line.equals(EOF)) {
                    throw new PortException("PowerShell has stopped" + lastError());
                }
                if (line.startsWith("TB-OK ")) {
                    return decode(line.substring(6));
                }
                if (line.startsWith("TB-ERR ")) {
                    throw new PortException(decode(line.substring(7)).strip());
                }
                if (!line.isBlank()) {
                    messages.accept(line.strip());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortException("interrupted while PowerShell ran");
        }
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private synchronized void error(String line) {
        if (line.isBlank()) {
            return;
        }
        errors.addLast(line.strip());
        if (errors.size() > 5) {
            errors.removeFirst();
        }
        messages.accept(line.strip());
    }

    private synchronized String lastError() {
        return errors.isEmpty() ? "" : ": " + errors.peekFirst();
    }

    private static void pump(java.io.InputStream stream, Consumer<String> sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // The process went away: whoever waits is told by the end-of-output marker.
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Closing standard input ends the loop; a process that does not end is stopped. */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
