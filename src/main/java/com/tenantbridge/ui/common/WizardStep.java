package com.tenantbridge.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** What the navigation needs to know of a step: its name and whether Next may leave it. */
public interface WizardStep {
    String title();

    ReadOnlyBooleanProperty validProperty();
}
