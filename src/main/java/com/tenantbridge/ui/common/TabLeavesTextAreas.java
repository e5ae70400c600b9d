package com.tenantbridge.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab move on from a text area, as from every other field, so the keyboard reaches everything;
 * Ctrl+Tab puts a tab character in instead. (A JavaFX text area does the reverse: it moves on with Ctrl+Tab, which
 * is what the Tab pressed here is turned into.)
 */
public final class TabLeavesTextAreas {

    /** Set while the Ctrl+Tab made here passes by, so it goes to the area's own behaviour untouched. */
    private static boolean forwarding;

    private TabLeavesTextAreas() {
    }

    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (forwarding || e.getCode() != KeyCode.TAB || !(e.getTarget() instanceof TextArea area)
                    || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                if (area.isEditable()) {
                    area.replaceSelection("\t");
                }
                return;
            }
            // The area's own behaviour moves the focus on Ctrl+Tab (Ctrl+Shift+Tab backwards).
            forwarding = true;
            try {
                area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(),
                        true, false, false));
            } finally {
                forwarding = false;
            }
        });
    }
}
