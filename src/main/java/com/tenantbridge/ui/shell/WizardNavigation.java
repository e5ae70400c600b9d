package com.tenantbridge.ui.shell;

import com.tenantbridge.ui.common.WizardStep;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The wizard's position: a list of steps, the current index, and whether Next, Back or a jump is
 * allowed. Plain model, tested without a Stage; the view only swaps nodes when the index changes.
 */
public final class WizardNavigation {

    private final List<? extends WizardStep> steps;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;

    public WizardNavigation(List<? extends WizardStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a wizard needs at least one step");
        }
        this.steps = List.copyOf(steps);
        ObservableBooleanValue[] validity = steps.stream().map(WizardStep::validProperty)
                .toArray(ObservableBooleanValue[]::new);
        this.canNext = Bindings.createBooleanBinding(
                () -> index.get() < this.steps.size() - 1 && current().validProperty().get(), concat(validity));
        this.canBack = index.greaterThan(0);
    }

    private javafx.beans.Observable[] concat(ObservableBooleanValue[] validity) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[validity.length + 1];
        all[0] = index;
        System.arraycopy(validity, 0, all, 1, validity.length);
        return all;
    }

    public List<? extends WizardStep> steps() {
        return steps;
    }

    public WizardStep current() {
        return steps.get(index.get());
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    /**
     * A step is reachable when it is behind us, or every step between here and it is valid:
     * jumping ahead must not skip a step that still has problems.
     */
    public boolean canGoTo(int target) {
        if (target < 0 || target >= steps.size()) {
            return false;
        }
        for (int i = index.get(); i < target; i++) {
            if (!steps.get(i).validProperty().get()) {
                return false;
            }
        }
        return true;
    }

    /** The step Next would go to, or -1. */
    public int nextIndex() {
        return canNext.get() ? index.get() + 1 : -1;
    }

    public int backIndex() {
        return canBack.get() ? index.get() - 1 : -1;
    }

    /** Moves to {@code target} if allowed; returns whether it moved. */
    boolean moveTo(int target) {
        if (target == index.get() || !canGoTo(target)) {
            return false;
        }
        index.set(target);
        return true;
    }

    /** Back to the first step, whatever the validity (a new or opened plan starts over). */
    void restart() {
        index.set(0);
    }
}
