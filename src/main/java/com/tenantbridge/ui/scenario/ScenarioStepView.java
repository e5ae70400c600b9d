package com.tenantbridge.ui.scenario;

import atlantafx.base.theme.Styles;
import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Fit;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.recommend.Reason;
import com.tenantbridge.domain.recommend.Recommendation;
import com.tenantbridge.domain.scenario.Capability;
import com.tenantbridge.domain.scenario.Fact;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.domain.scenario.ScenarioFacts;
import com.tenantbridge.domain.scenario.Support;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Builds the question rows, ranking cards and comparison grid; every value lives in the view model. */
public final class ScenarioStepView {

    private final ScenarioStepViewModel vm;
    private final ToggleGroup choice = new ToggleGroup();
    private final Map<Scenario, RadioButton> radios = new EnumMap<>(Scenario.class);

    @FXML
    private javafx.scene.control.TabPane tabs;
    @FXML
    private VBox questions;
    @FXML
    private VBox cards;
    @FXML
    private GridPane compareGrid;
    @FXML
    private Label chosenLabel;
    @FXML
    private Button useRecommended;

    public ScenarioStepView(ScenarioStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        for (Question q : Question.values()) {
            questions.getChildren().add(questionRow(q));
        }
        for (Scenario s : Scenario.values()) {
            RadioButton radio = new RadioButton("Choose");
            radio.setToggleGroup(choice);
            radio.setUserData(s);
            radio.setAccessibleText("Choose " + s.title());
            radio.setId("choose-" + s.jsonName());
            radios.put(s, radio);
        }
        choice.selectedToggleProperty().addListener((obs, old, now) ->
                vm.scenarioProperty().set(now == null ? null : (Scenario) now.getUserData()));
        vm.scenarioProperty().addListener((obs, old, now) -> selectRadio(now));
        selectRadio(vm.scenarioProperty().get());
        vm.ranking().addListener((ListChangeListener<Recommendation>) c -> showRanking());
        showRanking();
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.scenarioProperty().get() == null
                ? "No scenario chosen yet" : "Chosen: " + vm.scenarioProperty().get().title(), vm.scenarioProperty()));
        // The comparison is hundreds of styled cells: built when its tab is first opened, not before the first
        // step can show.
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() == 1 && compareGrid.getChildren().isEmpty()) {
                buildComparison();
            }
        });
    }

    @FXML
    private void onUseRecommended() {
        vm.chooseRecommended();
    }

    private void selectRadio(Scenario scenario) {
        if (scenario == null) {
            choice.selectToggle(null);
        } else if (choice.getSelectedToggle() != radios.get(scenario)) {
            choice.selectToggle(radios.get(scenario));
        }
        cards.getChildren().forEach(card -> card.pseudoClassStateChanged(SELECTED,
                card.getUserData() == scenario));
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private Node questionRow(Question q) {
        Label text = new Label(q.text());
        text.setWrapText(true);
        text.getStyleClass().add("question");
        Label hint = new Label(q.hint());
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("answer-buttons");
        Answer[] answers = Answer.values();
        for (int i = 0; i < answers.length; i++) {
            Answer a = answers[i];
            ToggleButton b = new ToggleButton(a.label());
            b.setUserData(a);
            b.setToggleGroup(group);
            b.setId(q.name().toLowerCase(Locale.ROOT) + "-" + a.name().toLowerCase(Locale.ROOT));
            b.setAccessibleText(a.label() + ": " + q.text());
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == answers.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            buttons.getChildren().add(b);
        }
        group.selectToggle(group.getToggles().get(vm.answerProperty(q).get().ordinal()));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one answer is always chosen; "Not sure" is the neutral one
            } else {
                vm.answerProperty(q).set((Answer) now.getUserData());
            }
        });
        vm.answerProperty(q).addListener((obs, old, now) ->
                group.selectToggle(group.getToggles().get(now.ordinal())));
        VBox row = new VBox(4, text, hint, buttons);
        row.getStyleClass().add("question-row");
        return row;
    }

    private void showRanking() {
        cards.getChildren().clear();
        for (Recommendation r : vm.ranking()) {
            cards.getChildren().add(card(r));
        }
        selectRadio(vm.scenarioProperty().get());
    }

    private Node card(Recommendation r) {
        Label rank = new Label(Integer.toString(r.rank()));
        rank.getStyleClass().add("rank");
        Label title = new Label(r.scenario().letter() + ". " + r.scenario().title());
        title.getStyleClass().add("card-title");
        Label summary = new Label(r.scenario().summary());
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        VBox heading = new VBox(2, title, summary);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label fit = new Label(r.fit().label());
        fit.getStyleClass().addAll("fit", "fit-" + r.fit().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        fit.setMinWidth(Region.USE_PREF_SIZE);
        radios.get(r.scenario()).setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, rank, heading, fit, radios.get(r.scenario()));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, top);
        card.getStyleClass().add("scenario-card");
        card.setUserData(r.scenario());
        card.setId("card-" + r.scenario().jsonName());
        if (r.reasons().isEmpty()) {
            Label none = new Label(r.fit() == Fit.POSSIBLE && r.score() == 0
                    ? "Answer the questions to see why this scenario fits or not." : "");
            none.getStyleClass().add("hint");
            card.getChildren().add(none);
        }
        for (Reason reason : r.reasons()) {
            card.getChildren().add(reasonRow(reason));
        }
        return card;
    }

    private Node reasonRow(Reason reason) {
        Ikon icon = switch (reason.effect()) {
            case FOR -> Material2AL.CHECK_CIRCLE;
            case AGAINST -> Material2MZ.REMOVE_CIRCLE;
            case RULES_OUT -> Material2AL.BLOCK;
        };
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("reason-" + reason.effect().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Label fact = new Label("\u201c" + reason.fact().text() + "\u201d");
        fact.setWrapText(true);
        fact.getStyleClass().add("quote");
        Label why = new Label("You answered " + reason.answer().label().toLowerCase(Locale.ROOT) + ": "
                + reason.question().text() + "  \u00b7  " + reason.fact().source().citation());
        why.setWrapText(true);
        why.getStyleClass().add("hint");
        VBox text = new VBox(1, fact, why);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, graphic, text);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private void buildComparison() {
        List<ScenarioFacts> all = vm.comparison();
        ColumnConstraints first = new ColumnConstraints(220, 240, 300);
        compareGrid.getColumnConstraints().add(first);
        for (int i = 0; i < all.size(); i++) {
            ColumnConstraints c = new ColumnConstraints(150, 200, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            compareGrid.getColumnConstraints().add(c);
            Label head = new Label(all.get(i).scenario().letter() + ". " + all.get(i).scenario().title());
            head.setWrapText(true);
            compareGrid.add(cell(head, "compare-head"), i + 1, 0);
        }
        compareGrid.add(cell(new Label(""), "compare-head"), 0, 0);
        int row = 1;
        for (Capability cap : Capability.values()) {
            Label name = new Label(cap.label());
            name.setWrapText(true);
            compareGrid.add(cell(name, "compare-label"), 0, row);
            for (int i = 0; i < all.size(); i++) {
                compareGrid.add(cell(supportCell(all.get(i).support(cap)), "compare-cell"), i + 1, row);
            }
            row++;
        }
        Label limits = new Label("Limits to know");
        compareGrid.add(cell(limits, "compare-label"), 0, row);
        for (int i = 0; i < all.size(); i++) {
            VBox list = new VBox(4);
            for (Fact f : all.get(i).limits()) {
                Label l = new Label("\u2022 " + f.text());
                l.setWrapText(true);
                l.setTooltip(new Tooltip(f.source().citation()));
                list.getChildren().add(l);
            }
            compareGrid.add(cell(list, "compare-cell"), i + 1, row);
        }
    }

    private static Node supportCell(Support support) {
        Ikon icon = switch (support.level()) {
            case YES -> Material2AL.CHECK_CIRCLE;
            case PARTLY -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            case NO -> Material2AL.CANCEL;
        };
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("support-" + support.level().name().toLowerCase(Locale.ROOT));
        Label label = new Label(support.level().label(), graphic);
        label.setTooltip(new Tooltip(support.fact().text() + "\n\n" + support.fact().source().citation()));
        label.setAccessibleText(support.level().label() + ". " + support.fact().text());
        return label;
    }

    private static Node cell(Node content, String style) {
        VBox box = new VBox(content);
        box.getStyleClass().add(style);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        GridPane.setHalignment(box, HPos.LEFT);
        GridPane.setValignment(box, VPos.TOP);
        GridPane.setFillWidth(box, true);
        GridPane.setFillHeight(box, true);
        if (content instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return box;
    }
}
