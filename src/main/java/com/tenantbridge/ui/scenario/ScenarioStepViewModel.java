package com.tenantbridge.ui.scenario;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Answers;
import com.tenantbridge.domain.recommend.Question;
import com.tenantbridge.domain.recommend.Recommendation;
import com.tenantbridge.domain.recommend.Recommender;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.domain.scenario.ScenarioCatalog;
import com.tenantbridge.domain.scenario.ScenarioFacts;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The first step: the recommender's questions, the live ranking, and the scenario the admin picks. */
public final class ScenarioStepViewModel extends AbstractStepViewModel {

    private final Recommender recommender;
    private final Map<Question, ObjectProperty<Answer>> answers = new EnumMap<>(Question.class);
    private final ObservableList<Recommendation> ranking = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");

    private final com.tenantbridge.ui.common.DialogService dialogs;

    /** Without dialogs a tie is never settled silently: nothing is chosen. */
    public ScenarioStepViewModel(Recommender recommender) {
        this(recommender, null);
    }

    public ScenarioStepViewModel(Recommender recommender, com.tenantbridge.ui.common.DialogService dialogs) {
        this.dialogs = dialogs;
        this.recommender = recommender;
        for (Question q : Question.values()) {
            ObjectProperty<Answer> answer = new SimpleObjectProperty<>(this, q.name(), Answer.UNSURE);
            answer.addListener((obs, old, now) -> {
                rerank();
                edited();
            });
            answers.put(q, answer);
        }
        scenario.addListener((obs, old, now) -> {
            valid.set(now != null);
            edited();
        });
        rerank();
    }

    @Override
    public String title() {
        return "Scenario";
    }

    @Override
    public String subtitle() {
        return "Answer a few questions and choose how technicians and experts will reach each other.";
    }

    public ObjectProperty<Answer> answerProperty(Question question) {
        return answers.get(question);
    }

    public ObservableList<Recommendation> ranking() {
        return ranking;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public List<ScenarioFacts> comparison() {
        return ScenarioCatalog.all();
    }

    /**
     * Picks the top of the ranking, unless nothing has been answered or it is ruled out. When several scenarios fit
     * the answers equally, none is picked silently: the admin sees them with what sets them apart and chooses.
     */
    public void chooseRecommended() {
        Recommendation top = ranking.get(0);
        if (top.score() <= 0 || top.ruledOut()) {
            return;
        }
        List<Recommendation> tied = ranking.stream().filter(r -> !r.ruledOut() && r.score() == top.score()).toList();
        if (tied.size() == 1) {
            scenario.set(top.scenario());
            return;
        }
        StringBuilder message = new StringBuilder("Your answers fit " + tied.size() + " scenarios equally. What"
                + " sets them apart:");
        for (Recommendation r : tied) {
            var facts = com.tenantbridge.domain.scenario.ScenarioCatalog.facts(r.scenario());
            message.append("\n\n").append(r.scenario().letter()).append(". ").append(r.scenario().title()).append(": ")
                    .append(r.scenario().summary()).append(".");
            if (!facts.limits().isEmpty()) {
                message.append(" Limit: ").append(facts.limits().get(0).text());
            }
        }
        if (dialogs == null) {
            return;
        }
        dialogs.chooseOne(tied.size() + " scenarios fit equally", message.toString(), tied.stream()
                .map(r -> r.scenario().letter() + ". " + r.scenario().title()).toList())
                .ifPresent(i -> scenario.set(tied.get(i).scenario()));
    }

    public Answers currentAnswers() {
        Map<Question, Answer> values = new EnumMap<>(Question.class);
        answers.forEach((q, a) -> values.put(q, a.get()));
        return new Answers(values);
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        loading(() -> {
            for (Question q : Question.values()) {
                answers.get(q).set(plan.answers().get(q));
            }
            scenario.set(plan.scenario());
        });
        valid.set(scenario.get() != null);
        rerank();
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        DeploymentPlan out = plan.withAnswers(currentAnswers()).withScenario(scenario.get());
        // The device answer picks the technicians' app, unless Details already named one that fits it.
        com.tenantbridge.domain.plan.TechnicianApp app = out.app();
        if (out.answers().is(Question.TECHNICIANS_ON_MOBILE, Answer.YES) && app.endsWithRemoteAssist()) {
            return out.withTechnicianApp(com.tenantbridge.domain.plan.TechnicianApp.TEAMS_MOBILE);
        }
        if (out.answers().is(Question.TECHNICIANS_ON_MOBILE, Answer.NO) && !app.endsWithRemoteAssist()) {
            return out.withTechnicianApp(com.tenantbridge.domain.plan.TechnicianApp.REMOTE_ASSIST_HOLOLENS);
        }
        return out;
    }

    private void rerank() {
        ranking.setAll(recommender.rank(currentAnswers()));
    }
}
