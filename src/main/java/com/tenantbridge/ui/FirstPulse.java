package com.tenantbridge.ui;

import javafx.scene.Scene;

/** Runs something once, on the FX thread, right after the scene is first laid out (the first step is drawn). */
final class FirstPulse {

    private FirstPulse() {
    }

    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
