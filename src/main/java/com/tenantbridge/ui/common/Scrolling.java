package com.tenantbridge.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** JavaFX does not scroll a focused field into view; keyboard users tabbing through a long form need it. */
public final class Scrolling {
    private Scrolling() {
    }

    public static void keepFocusedVisible(ScrollPane pane) {
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watch(scene, pane);
            }
        });
        if (pane.getScene() != null) {
            watch(pane.getScene(), pane);
        }
    }

    private static void watch(Scene scene, ScrollPane pane) {
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now != null && isInside(now, pane.getContent())) {
                show(pane, now);
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the least needed so the node, with a little margin, is in the viewport. */
    public static void show(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = (pane.getVvalue() * (contentHeight - viewport));
        double margin = 24;
        double target = top;
        if (inContent.getMinY() - margin < top) {
            target = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() + margin > top + viewport) {
            target = inContent.getMaxY() + margin - viewport;
        }
        target = Math.max(0, Math.min(target, contentHeight - viewport));
        pane.setVvalue(target / (contentHeight - viewport));
    }
}
