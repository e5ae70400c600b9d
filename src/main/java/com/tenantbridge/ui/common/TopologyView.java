package com.tenantbridge.ui.common;

import com.tenantbridge.domain.plan.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * Draws a {@link Topology}: the host tenant on the left, everyone it connects with on the right, and a line
 * for each connection with what it is. Lines follow the boxes whenever the layout changes.
 */
public final class TopologyView extends StackPane {

    /** A box wider than this wraps its lines instead: two columns and the gap still fit a side pane. */
    static final double BOX_MAX_WIDTH = 190;

    private final VBox left = new VBox(14);
    private final VBox right = new VBox(34);
    private final Pane overlay = new Pane();
    private final Map<String, Region> boxes = new HashMap<>();
    private Topology topology = new Topology(List.of(), List.of());
    private boolean redrawQueued;

    public TopologyView() {
        getStyleClass().add("topology");
        left.setAlignment(Pos.CENTER);
        right.setAlignment(Pos.CENTER);
        // A column is as wide as its widest box; when the pane is narrower, it scrolls sideways instead of cutting.
        left.setMinWidth(Region.USE_PREF_SIZE);
        right.setMinWidth(Region.USE_PREF_SIZE);
        left.setMaxWidth(BOX_MAX_WIDTH);
        right.setMaxWidth(BOX_MAX_WIDTH);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // The gap holds the connections' labels.
        HBox columns = new HBox(72, left, right);
        columns.setAlignment(Pos.CENTER);
        columns.setPadding(new Insets(12, 6, 12, 6));
        columns.setFillHeight(true);
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        getChildren().addAll(columns, overlay);
        layoutBoundsProperty().addListener((obs, old, now) -> queueRedraw());
        setAccessibleText("Topology of the plan");
    }

    public void show(Topology t) {
        this.topology = t;
        left.getChildren().clear();
        right.getChildren().clear();
        boxes.clear();
        if (t.isEmpty()) {
            Label none = new Label("Choose a scenario to see who can reach whom.");
            none.getStyleClass().add("hint");
            left.getChildren().add(none);
        }
        for (Topology.Box b : t.boxes()) {
            Region box = box(b);
            boxes.put(b.id(), box);
            (b.role() == Topology.Role.HOST ? left : right).getChildren().add(box);
            box.boundsInParentProperty().addListener((obs, old, now) -> queueRedraw());
        }
        queueRedraw();
    }

    private static Region box(Topology.Box b) {
        VBox box = new FittedBox();
        box.getChildren().addAll(line(b.title(), "topology-title"), line(b.subtitle(), "hint"));
        int shown = Math.min(b.people().size(), 6);
        for (String person : b.people().subList(0, shown)) {
            Label p = line(person, "topology-person");
            p.setTooltip(new javafx.scene.control.Tooltip(person));
            box.getChildren().add(p);
        }
        if (b.people().size() > shown) {
            box.getChildren().add(line("and " + (b.people().size() - shown) + " more", "hint"));
        }
        box.getStyleClass().addAll("topology-box", "topology-" + b.role().name().toLowerCase(java.util.Locale.ROOT));
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setId("box-" + b.id());
        box.setAccessibleText(b.title() + " " + b.subtitle() + ": " + String.join(", ", b.people()));
        return box;
    }

    /** A line of a box: whole, on two lines when the box is at its widest. */
    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A tenant's box: as wide as its longest line, up to {@link #BOX_MAX_WIDTH}, and never narrower. */
    private static final class FittedBox extends VBox {
        FittedBox() {
            super(2);
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.min(super.computePrefWidth(height), BOX_MAX_WIDTH);
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }
    }

    private void queueRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                redrawQueued = false;
                drawLinks();
            });
        }
    }

    private void drawLinks() {
        overlay.getChildren().clear();
        for (Topology.Link link : topology.links()) {
            Region from = boxes.get(link.from());
            Region to = boxes.get(link.to());
            if (from == null || to == null || from.getScene() == null) {
                continue;
            }
            boolean sameColumn = from.getParent() == to.getParent();
            Point2D a = anchor(from, sameColumn ? Side.BOTTOM : side(from, to));
            Point2D b = anchor(to, sameColumn ? Side.TOP : side(to, from));
            Line line = new Line(a.getX(), a.getY(), b.getX(), b.getY());
            line.getStyleClass().addAll("topology-link", "topology-" + link.kind().name().toLowerCase(
                    java.util.Locale.ROOT));
            Label label = new Label(link.label());
            label.getStyleClass().add("topology-link-label");
            label.setManaged(false);
            overlay.getChildren().addAll(line, label);
            label.applyCss();
            // A label wraps to the gap between the columns, so it never reaches into a box sideways.
            label.setWrapText(true);
            // Between two boxes of one column it has the column's width.
            double room = sameColumn ? from.getWidth() : gap() - 8;
            double width = Math.min(label.prefWidth(-1), Math.max(48, room));
            label.resize(width, label.prefHeight(width));
            // Lines fan out from the host, so labels sit toward the far box, where they are apart; a label that
            // would cover a box slides along its line until it does not.
            Point2D far = a.getX() >= b.getX() ? a : b;
            Point2D near = far == a ? b : a;
            for (double t : sameColumn ? new double[] {0.5, 0.35, 0.65} : new double[] {0.62, 0.5, 0.74, 0.4, 0.85}) {
                label.relocate(near.getX() + (far.getX() - near.getX()) * t - label.getWidth() / 2,
                        near.getY() + (far.getY() - near.getY()) * t - label.getHeight() / 2);
                if (!coversABox(label)) {
                    break;
                }
            }
        }
    }

    /** The room between the host's column and the others', in the overlay's coordinates. */
    private double gap() {
        Bounds l = overlay.sceneToLocal(left.localToScene(left.getBoundsInLocal()));
        Bounds r = overlay.sceneToLocal(right.localToScene(right.getBoundsInLocal()));
        return Math.max(0, r.getMinX() - l.getMaxX());
    }

    /** Whether a link label lies over any tenant box (overlay coordinates). */
    boolean coversABox(Label label) {
        Bounds at = label.getBoundsInParent();
        return boxes.values().stream().anyMatch(box -> overlay.sceneToLocal(box.localToScene(box.getBoundsInLocal()))
                .intersects(at));
    }

    /** The link labels drawn now, for tests that check them against the boxes. */
    List<Label> linkLabels() {
        return overlay.getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n).toList();
    }

    private enum Side { LEFT, RIGHT, TOP, BOTTOM }

    private Side side(Node box, Node other) {
        return box.localToScene(box.getBoundsInLocal()).getMinX() < other.localToScene(other.getBoundsInLocal())
                .getMinX() ? Side.RIGHT : Side.LEFT;
    }

    private Point2D anchor(Region box, Side side) {
        Bounds s = box.localToScene(box.getBoundsInLocal());
        Point2D p = switch (side) {
            case LEFT -> new Point2D(s.getMinX(), s.getCenterY());
            case RIGHT -> new Point2D(s.getMaxX(), s.getCenterY());
            case TOP -> new Point2D(s.getCenterX(), s.getMinY());
            case BOTTOM -> new Point2D(s.getCenterX(), s.getMaxY());
        };
        return overlay.sceneToLocal(p);
    }
}
