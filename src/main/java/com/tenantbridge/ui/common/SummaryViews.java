package com.tenantbridge.ui.common;

import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.scenario.Fact;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Small node builders the steps share: plan sections, fact rows and problem cells. */
public final class SummaryViews {
    private SummaryViews() {
    }

    /** Lines a section shows before "Show all": 3,000 accounts would be 3,000 rows no one reads, drawn at once. */
    static final int FIRST_LINES = 10;

    public static Node section(PlanSummary.Section section) {
        Label title = new Label(section.title());
        title.getStyleClass().add("summary-title");
        VBox box = new VBox(4, title);
        List<String> lines = section.lines();
        boolean folded = lines.size() > FIRST_LINES + 2;
        for (String line : folded ? lines.subList(0, FIRST_LINES) : lines) {
            box.getChildren().add(row(Material2AL.ARROW_RIGHT, line, null, "summary-line"));
        }
        if (folded) {
            javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink(String.format(
                    java.util.Locale.ROOT, "Show all %,d lines", lines.size()));
            more.getStyleClass().add("show-all");
            more.setOnAction(e -> {
                box.getChildren().remove(more);
                lines.subList(FIRST_LINES, lines.size()).forEach(line -> box.getChildren().add(
                        row(Material2AL.ARROW_RIGHT, line, null, "summary-line")));
            });
            box.getChildren().add(more);
        }
        box.getStyleClass().add("summary-section");
        return box;
    }

    public static List<Node> sections(List<PlanSummary.Section> sections) {
        if (sections.isEmpty()) {
            Label none = new Label("Nothing yet: choose a scenario and fill in its details.");
            none.getStyleClass().add("hint");
            return List.of(none);
        }
        return sections.stream().map(SummaryViews::section).toList();
    }

    public static Node fact(Ikon icon, Fact fact, String style) {
        return row(icon, fact.text(), fact.source().citation(), style);
    }

    public static Node row(Ikon icon, String text, String secondary, String style) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add(style + "-icon");
        Label main = new Label(text);
        main.setWrapText(true);
        VBox texts = new VBox(1, main);
        if (secondary != null) {
            Label sub = new Label(secondary);
            sub.setWrapText(true);
            sub.getStyleClass().add("hint");
            texts.getChildren().add(sub);
        }
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(8, graphic, texts);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(style);
        return row;
    }

    /** A check or verification result: status icon, title, tenant, evidence, fix and baseline rule. */
    public static Node check(com.tenantbridge.service.check.CheckResult c) {
        Ikon icon = switch (c.status()) {
            case PASS -> Material2AL.CHECK_CIRCLE;
            case WARN -> Material2MZ.WARNING;
            case FAIL -> Material2AL.ERROR;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        };
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("check-" + c.status().name().toLowerCase(java.util.Locale.ROOT));
        Label title = new Label(c.title());
        title.getStyleClass().add("check-title");
        title.setWrapText(true);
        Label meta = new Label(c.id() + "  \u00b7  " + c.tenant() + (c.rule() == null ? "" : "  \u00b7  " + c.rule()));
        meta.getStyleClass().add("hint");
        HBox heading = new HBox(8, title);
        if (c.acceptedDeviation()) {
            Label badge = new Label("Accepted deviation");
            badge.getStyleClass().addAll("badge", "badge-deviation");
            heading.getChildren().add(badge);
        }
        VBox texts = new VBox(2, heading, meta);
        if (c.evidence() != null) {
            Label found = new Label("Found: " + c.evidence());
            found.setWrapText(true);
            texts.getChildren().add(found);
        }
        if (c.fix() != null && c.status() != com.tenantbridge.service.check.CheckStatus.PASS) {
            Label fix = new Label("Fix: " + c.fix());
            fix.setWrapText(true);
            fix.getStyleClass().add("fix");
            texts.getChildren().add(fix);
        }
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(10, graphic, texts);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("check-row");
        row.setAccessibleText(c.status() + ": " + c.title() + (c.acceptedDeviation() ? " (accepted deviation from "
                + c.rule() + ")" : ""));
        return row;
    }

    /** A planned change: tenant, what, and before → after. */
    public static Node change(int number, com.tenantbridge.service.change.Change c) {
        Label title = new Label((number > 0 ? number + ". " : "") + c.summary());
        title.setWrapText(true);
        title.getStyleClass().add("check-title");
        Label channel = new Label(c.kind().label() + "  \u00b7  " + (c.channel()
                == com.tenantbridge.service.change.Channel.GRAPH ? "Microsoft Graph" : "PowerShell"));
        channel.getStyleClass().add("hint");
        VBox box = new VBox(2, title, channel);
        if (c.before() != null && !c.before().isEmpty()) {
            Label before = new Label("Now:    " + settings(c.before()));
            before.setWrapText(true);
            before.getStyleClass().add("path");
            box.getChildren().add(before);
        }
        Label after = new Label("After:  " + settings(c.after()));
        after.setWrapText(true);
        after.getStyleClass().add("path");
        box.getChildren().add(after);
        box.getStyleClass().add("change-row");
        return box;
    }

    /** {@code key = value} pairs in the plan's order; lists and nested settings as JSON-like text. */
    static String settings(java.util.Map<String, Object> values) {
        if (values.isEmpty()) {
            return "(nothing)";
        }
        return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(java.util.stream.Collectors.joining("   \u00b7   "));
    }

    /** "Done: abc.com: create …", with the service's message when there is one. */
    public static String outcomeText(com.tenantbridge.service.engine.ChangeOutcome o) {
        String status = switch (o.status()) {
            case DONE -> "Done";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
            case CANCELLED -> "Cancelled";
            case RUNBOOK -> "For another admin's runbook";
        };
        return status + ": " + o.change().summary() + (o.message() == null ? "" : " \u2014 " + o.message());
    }

    /** One change's outcome in the run log: an icon for its status, the change, and why if it did not run. */
    public static final class OutcomeCell extends ListCell<com.tenantbridge.service.engine.ChangeOutcome> {
        @Override
        protected void updateItem(com.tenantbridge.service.engine.ChangeOutcome o, boolean empty) {
            super.updateItem(o, empty);
            if (empty || o == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Ikon icon = switch (o.status()) {
                case DONE -> Material2AL.CHECK_CIRCLE;
                case FAILED -> Material2AL.ERROR;
                case SKIPPED -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
                case CANCELLED -> Material2AL.BLOCK;
                case RUNBOOK -> Material2AL.DESCRIPTION;
            };
            String style = switch (o.status()) {
                case DONE -> "check-pass";
                case FAILED -> "check-fail";
                default -> "check-warn";
            };
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().add(style);
            setGraphic(graphic);
            setText(outcomeText(o));
            setWrapText(true);
        }
    }

    /** A problem with its severity icon, its field path and its message. */
    public static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Ikon icon = problem.isError() ? Material2AL.ERROR : Material2MZ.WARNING;
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
            Label path = new Label(problem.path().isEmpty() ? "(plan)" : problem.path());
            path.getStyleClass().add("path");
            path.setWrapText(true);
            path.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label message = new Label(problem.message());
            message.setWrapText(true);
            message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox texts = new VBox(1, path, message);
            texts.setMaxWidth(Double.MAX_VALUE);
            texts.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
            HBox row = new HBox(8, graphic, texts);
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
            setAccessibleText((problem.isError() ? "Error " : "Warning ") + problem);
        }
    }
}
