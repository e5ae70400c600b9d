package com.tenantbridge.ui.shell;

import com.tenantbridge.domain.plan.DeploymentPlan;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The plan being edited, the file it came from, and the plan as last saved: unsaved changes are
 * simply "the plan differs from what was saved", so undoing an edit clears the mark.
 */
public final class PlanDocument {

    public static final String APP_NAME = "TenantBridge";

    private final ObjectProperty<DeploymentPlan> plan = new SimpleObjectProperty<>(this, "plan",
            DeploymentPlan.empty());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<DeploymentPlan> saved = new ReadOnlyObjectWrapper<>(this, "saved",
            DeploymentPlan.empty());
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> !Objects.equals(plan.get(), saved.get()), plan, saved);
    private final StringBinding title = Bindings.createStringBinding(
            () -> APP_NAME + " \u2014 " + plan.get().displayName() + (dirty.get() ? " *" : "") + appNote(plan.get()),
            plan, dirty);

    /** The window says when the plan's app ends: Remote Assist and Guides on 2026-12-31. */
    private static String appNote(DeploymentPlan p) {
        return p.scenario() != null && p.app().endsWithRemoteAssist() ? " \u2014 " + p.app().label() + ", support ends "
                + com.tenantbridge.domain.plan.SupportDates.REMOTE_ASSIST_END : "";
    }

    public ObjectProperty<DeploymentPlan> planProperty() {
        return plan;
    }

    public DeploymentPlan plan() {
        return plan.get();
    }

    public void setPlan(DeploymentPlan value) {
        plan.set(Objects.requireNonNull(value));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Replaces the whole document: a new plan, an opened file or an example (file null). */
    public void reset(DeploymentPlan value, Path from) {
        saved.set(value);
        file.set(from);
        plan.set(value);
    }

    /** Records that {@code value} is now what {@code to} holds. */
    public void markSaved(DeploymentPlan value, Path to) {
        saved.set(value);
        file.set(to);
    }
}
