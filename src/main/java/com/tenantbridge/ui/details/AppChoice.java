package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.TechnicianApp;
import com.tenantbridge.domain.scenario.Baseline;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Details' choice of the technicians' app, and whether a Remote Assist or Guides plan is kept past their end of
 * support knowingly (the accepted deviation, recorded with the plan's others and shown in Checks and the report).
 */
final class AppChoice {

    private final ObjectProperty<TechnicianApp> app = new SimpleObjectProperty<>(this, "app",
            TechnicianApp.forNewPlans());
    private final BooleanProperty keepPastEnd = new SimpleBooleanProperty(this, "keepPastEnd");
    private final BooleanBinding ends = Bindings.createBooleanBinding(() -> app.get() != null
            && app.get().endsWithRemoteAssist(), app);

    void onEdit(Runnable edited) {
        app.addListener((obs, old, now) -> edited.run());
        keepPastEnd.addListener((obs, old, now) -> edited.run());
    }

    ObjectProperty<TechnicianApp> appProperty() {
        return app;
    }

    BooleanProperty keepPastEndProperty() {
        return keepPastEnd;
    }

    /** Whether the app chosen is one whose support ends: only then is keeping it past the end a question. */
    BooleanBinding endsProperty() {
        return ends;
    }

    void load(DeploymentPlan plan) {
        app.set(plan.app());
        keepPastEnd.set(plan.acceptedDeviations().stream().anyMatch(this::isEndOfSupport));
    }

    /** The plan with the app as chosen; a plan that never named one keeps none until the admin changes it. */
    DeploymentPlan commit(DeploymentPlan base) {
        DeploymentPlan out = base.technicianApp() == null && app.get() == base.app() ? base
                : base.withTechnicianApp(app.get());
        boolean keep = keepPastEnd.get() && ends.get();
        List<String> deviations = new ArrayList<>(base.acceptedDeviations().stream().filter(id -> !isEndOfSupport(id))
                .toList());
        if (keep) {
            deviations.add(Baseline.REMOTE_ASSIST_END_OF_SUPPORT.id());
        }
        return deviations.equals(base.acceptedDeviations()) ? out : out.withAcceptedDeviations(List.copyOf(deviations));
    }

    private boolean isEndOfSupport(String id) {
        return id.equalsIgnoreCase(Baseline.REMOTE_ASSIST_END_OF_SUPPORT.id());
    }
}
