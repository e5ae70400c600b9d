package com.tenantbridge.ui.common;

import com.tenantbridge.domain.reach.Cell;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Matrix;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.SegmentMatrix;
import com.tenantbridge.domain.reach.Verdict;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The who-can-reach-whom matrix: a row per party, a numbered column per party, a cell per pair with its
 * overall verdict; a cell the plan changes is outlined. Picking a cell shows each channel and the setting or
 * policy that decides it. Below, the same by information-barrier segment.
 */
public final class ReachView extends VBox {

    private final GridPane grid = new GridPane();
    private final GridPane segmentGrid = new GridPane();

    private final Label segmentTitle = new Label("By segment");
    private final Label detail = new Label("Pick a cell to see each channel and why.");
    /** The key, drawn with the cells' own icons and colours. */
    private final FlowPane legend = new FlowPane(10, 4);
    private Matrix after;
    private Matrix before;

    public ReachView() {
        super(10);
        getStyleClass().add("reach-view");
        grid.getStyleClass().add("reach-grid");
        segmentGrid.getStyleClass().add("reach-grid");
        grid.setHgap(3);
        grid.setVgap(3);
        segmentGrid.setHgap(3);
        segmentGrid.setVgap(3);
        detail.setWrapText(true);
        detail.setMinHeight(Label.USE_PREF_SIZE);
        detail.getStyleClass().add("reach-detail");
        detail.setId("reachDetail");
        legend.getStyleClass().add("reach-legend");
        segmentTitle.getStyleClass().add("section-title");
        getChildren().addAll(legend, grid, detail, segmentTitle, segmentGrid);
        setAccessibleText("Who can reach whom");
    }

    /** {@code before} may be null: then nothing is shown as changed. */
    public void show(Matrix after, Matrix before, SegmentMatrix segments) {
        this.after = after;
        this.before = before;
        grid.getChildren().clear();
        List<Party> parties = after.parties();
        showLegend(parties.isEmpty(), before != null);
        for (int i = 0; i < parties.size(); i++) {
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("reach-header");
            number.setTooltip(new Tooltip(parties.get(i).label()));
            grid.add(number, i + 1, 0);
            Label name = new Label((i + 1) + ". " + parties.get(i).label());
            name.getStyleClass().add("reach-name");
            // A name is never cut ("4. Expert1 (ABC) …" could be anyone): the pane scrolls sideways instead.
            name.setMinWidth(Label.USE_PREF_SIZE);
            name.setTooltip(new Tooltip(parties.get(i).label()));
            grid.add(name, 0, i + 1);
        }
        for (int r = 0; r < parties.size(); r++) {
            for (int c = 0; c < parties.size(); c++) {
                Party from = parties.get(r);
                Party to = parties.get(c);
                grid.add(after.row(from.id(), to.id()).map(this::cell).orElseGet(ReachView::blank), c + 1, r + 1);
            }
        }
        showSegments(segments);
        detail.setText("Pick a cell to see each channel and why.");
    }

    private void showLegend(boolean empty, boolean changes) {
        if (empty) {
            legend.getChildren().setAll(hint("Nothing to show yet: fill in the scenario's details."));
            legend.setAccessibleText("Nothing to show yet");
            return;
        }
        legend.getChildren().setAll(hint("Rows reach columns:"), key(Verdict.YES, "every channel"),
                key(Verdict.LIMITED, "some, or with a condition"), key(Verdict.NO, "none"),
                key(Verdict.UNKNOWN, "not known"));
        if (changes) {
            StackPane outlined = blank();
            outlined.getStyleClass().add("reach-changed");
            legend.getChildren().add(new HBox(4, outlined, hint("what the plan changes")));
        }
        legend.setAccessibleText("Rows reach columns. Check: every channel. Info: some, or with a condition. Block:"
                + " none. Question mark: not known." + (changes ? " Outlined: what the plan changes." : ""));
    }

    private static HBox key(Verdict v, String meaning) {
        StackPane sample = new StackPane(icon(v));
        sample.getStyleClass().addAll("reach-cell", "reach-" + v.name().toLowerCase(Locale.ROOT));
        HBox key = new HBox(4, sample, hint(meaning));
        key.setAlignment(Pos.CENTER_LEFT);
        return key;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private static StackPane blank() {
        StackPane s = new StackPane();
        s.getStyleClass().addAll("reach-cell", "reach-self");
        return s;
    }

    private StackPane cell(Matrix.Row row) {
        Verdict v = row.overall();
        StackPane box = new StackPane(icon(v));
        box.getStyleClass().addAll("reach-cell", "reach-" + v.name().toLowerCase(Locale.ROOT));
        boolean changed = before != null && before.row(row.from().id(), row.to().id())
                .map(o -> java.util.Arrays.stream(Channel.values()).anyMatch(c -> o.cell(c).verdict()
                        != row.cell(c).verdict())).orElse(true);
        if (changed) {
            box.getStyleClass().add("reach-changed");
        }
        box.setAlignment(Pos.CENTER);
        String text = describe(row);
        Tooltip.install(box, new Tooltip(text));
        box.setAccessibleText(text);
        box.setFocusTraversable(true);
        box.setOnMouseClicked(e -> detail.setText(text));
        box.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                detail.setText(text);
            }
        });
        return box;
    }

    /** The pair, then its channels: channels that agree (barriers treat all alike) share a line. */
    private String describe(Matrix.Row row) {
        StringBuilder s = new StringBuilder(row.from().label() + " \u2192 " + row.to().label());
        Matrix.Row old = before == null ? null : before.row(row.from().id(), row.to().id()).orElse(null);
        java.util.Map<String, java.util.List<String>> groups = new java.util.LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            Cell now = row.cell(c);
            String key = now.verdict().name().toLowerCase(Locale.ROOT)
                    + (old != null && old.cell(c).verdict() != now.verdict() ? " (was "
                            + old.cell(c).verdict().name().toLowerCase(Locale.ROOT) + ")" : "")
                    + " \u2014 " + now.reason();
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(c.label());
        }
        groups.forEach((key, channels) -> s.append('\n').append(channels.size() == Channel.values().length
                ? "Every channel" : String.join(", ", channels)).append(": ").append(key));
        return s.toString();
    }

    private static FontIcon icon(Verdict v) {
        Ikon ikon = switch (v) {
            case YES -> Material2AL.CHECK;
            case LIMITED -> Material2AL.INFO;
            case NO -> Material2AL.BLOCK;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        };
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("reach-icon");
        return icon;
    }

    private void showSegments(SegmentMatrix s) {
        segmentGrid.getChildren().clear();
        boolean any = !s.segments().isEmpty();
        segmentTitle.setVisible(any);
        segmentTitle.setManaged(any);
        segmentGrid.setVisible(any);
        segmentGrid.setManaged(any);
        for (int i = 0; i < s.segments().size(); i++) {
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("reach-header");
            segmentGrid.add(number, i + 1, 0);
            Label name = new Label((i + 1) + ". " + s.segments().get(i));
            name.getStyleClass().add("reach-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            name.setTooltip(new Tooltip(s.segments().get(i)));
            segmentGrid.add(name, 0, i + 1);
        }
        for (int r = 0; r < s.segments().size(); r++) {
            for (int c = 0; c < s.segments().size(); c++) {
                Cell cell = s.cell(s.segments().get(r), s.segments().get(c));
                StackPane box = new StackPane(icon(cell.verdict()));
                box.getStyleClass().addAll("reach-cell", "reach-" + cell.verdict().name().toLowerCase(Locale.ROOT));
                String text = s.segments().get(r) + " \u2192 " + s.segments().get(c) + ": " + cell.reason();
                Tooltip.install(box, new Tooltip(text));
                box.setAccessibleText(text);
                box.setOnMouseClicked(e -> detail.setText(text));
                segmentGrid.add(box, c + 1, r + 1);
            }
        }
    }
}
