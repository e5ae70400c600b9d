package com.tenantbridge.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Holds the validity and edit listener every step has; {@code loading} silences edits made by onEnter. */
public abstract class AbstractStepViewModel implements StepViewModel {

    protected final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", false);
    private Runnable onEdit = () -> { };
    private boolean loading;

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    @Override
    public void setOnEdit(Runnable onEdit) {
        this.onEdit = onEdit == null ? () -> { } : onEdit;
    }

    /** Runs {@code load} without reporting its property changes as the admin's edits. */
    protected final void loading(Runnable load) {
        boolean was = loading;
        loading = true;
        try {
            load.run();
        } finally {
            loading = was;
        }
    }

    protected final void edited() {
        if (!loading) {
            onEdit.run();
        }
    }
}
