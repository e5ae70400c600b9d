package com.tenantbridge.ui;

import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Microsoft Graph SDK (HTTP stack, serializers, the user model) on a background thread once the first
 * step is on screen, so the first call after Connect does not pay for it. Sends nothing.
 */
final class GraphWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(GraphWarmUp.class);

    private GraphWarmUp() {
    }

    static void afterFirstStep(Scene scene, Runnable warmUp) {
        // installer/train-aot.sh records the classes of the first step alone: the cache's classes all load at start.
        if (!Boolean.parseBoolean(System.getProperty("tenantbridge.graphWarmUp", "true"))) {
            return;
        }
        FirstPulse.then(scene, () -> {
            Thread t = new Thread(() -> warm(warmUp), "graph-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        });
    }

    private static void warm(Runnable warmUp) {
        long start = System.nanoTime();
        try {
            warmUp.run();
            LOG.debug("Graph SDK warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the first real call loads whatever this did not.
            LOG.debug("Graph warm-up skipped: {}", e.toString());
        }
    }
}
