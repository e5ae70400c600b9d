package com.tenantbridge.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For installer/measure-startup.sh: with {@code -Dtenantbridge.startupProbe=FILE}, writes how long the JVM took
 * to draw the first step, then the resident memory once the background warm-up has settled, and quits.
 * Without the property it does nothing.
 */
final class StartupProbe {

    /** installer/train-aot.sh sets 0 so that the recorded classes are those of the first step alone. */
    private static final long SETTLE_MS = Long.getLong("tenantbridge.startupProbe.settleMs", 3000);

    private StartupProbe() {
    }

    static void watch(Scene scene) {
        String file = System.getProperty("tenantbridge.startupProbe");
        if (file == null || file.isBlank()) {
            return;
        }
        FirstPulse.then(scene, () -> {
            long firstStep = ManagementFactory.getRuntimeMXBean().getUptime();
            long rssAtFirstStep = residentKb();
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(SETTLE_MS);
                    Files.writeString(Path.of(file), String.format(Locale.ROOT,
                            "firstStepMs=%d%nrssAtFirstStepMb=%d%nrssSettledMb=%d%n", firstStep,
                            rssAtFirstStep / 1024, residentKb() / 1024));
                } catch (IOException | InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.exit();
            }, "startup-probe");
            t.setDaemon(true);
            t.start();
        });
    }

    /** VmRSS of this process (Linux); 0 where /proc is not there. */
    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
