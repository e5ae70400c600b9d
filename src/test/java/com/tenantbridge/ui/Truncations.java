package com.tenantbridge.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole: every showing label, button, tab, column header and cell whose skin draws
 * less than its text (an ellipsis, or a clip), and tab panes whose tabs run past their header (a tab cut in half).
 * A control's skin draws its text in a child {@link Text}; when the text does not fit, that child holds the
 * shortened text.
 */
public final class Truncations {

    private Truncations() {
    }

    /**
     * What is cut in the window as shown and in each tab of each tab pane shown, one line each prefixed with
     * {@code where} and the tab; each pane is left on the tab it showed.
     */
    public static List<String> inEveryTab(FxRobot robot, Parent root, String where) {
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        scan(robot, root, where, cut);
        for (TabPane pane : robot.lookup(".tab-pane").match(Node::isVisible).queryAllAs(TabPane.class)) {
            int was = pane.getSelectionModel().getSelectedIndex();
            for (int i = 0; i < pane.getTabs().size(); i++) {
                int tab = i;
                robot.interact(() -> pane.getSelectionModel().select(tab));
                scan(robot, root, where + " \u203a " + pane.getTabs().get(tab).getText(), cut);
            }
            robot.interact(() -> pane.getSelectionModel().select(was));
        }
        return cut;
    }

    private static void scan(FxRobot robot, Parent root, String where, List<String> cut) {
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        in(root).forEach(line -> cut.add(where + ": " + line));
    }

    /** One line per cut text, naming what it is, where, and what it should have said. */
    public static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof javafx.scene.control.TabPane pane && tabsOverflow(pane)) {
            cut.add("TabPane" + (pane.getId() == null ? "" : " #" + pane.getId()) + ": its tabs do not fit (the"
                    + " last ones are cut and listed in the overflow menu)");
        }
        if (node instanceof Labeled labeled && shown(labeled) != null) {
            String full = full(labeled);
            String shown = shown(labeled);
            if (full != null && !full.isBlank() && !shown.equals(full)) {
                cut.add(describe(labeled) + " shows \u201c" + shown + "\u201d of \u201c" + full + "\u201d");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** A tab pane shows its overflow menu button only when its tabs are wider than its header. */
    private static boolean tabsOverflow(javafx.scene.control.TabPane pane) {
        Node menu = pane.lookup(".control-buttons-tab > .container > .tab-down-button");
        for (Node n = menu; n != null && n != pane; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return menu != null;
    }

    /** The text the skin draws, or null when the control has none (or no skin yet). */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String full(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || !labeled.isMnemonicParsing()) {
            return text;
        }
        // The skin drops the underscore that marks a mnemonic ("_Next" is drawn "Next").
        int mark = text.indexOf('_');
        return mark < 0 || mark == text.length() - 1 ? text : text.substring(0, mark) + text.substring(mark + 1);
    }

    private static String describe(Labeled labeled) {
        StringBuilder where = new StringBuilder(labeled.getClass().getSimpleName());
        if (labeled.getId() != null) {
            where.append(" #").append(labeled.getId());
        }
        for (Node up = labeled.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        return where.toString();
    }
}
