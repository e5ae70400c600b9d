package com.tenantbridge.ui.connect;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A seeded demo tenant and whether the admin acts as its admin in this session (all are, at first). */
public final class DemoTenantChoice {

    private final String name;
    private final List<String> domains;
    private final BooleanProperty administered = new SimpleBooleanProperty(this, "administered", true);
    private final BooleanProperty inPlan = new SimpleBooleanProperty(this, "inPlan");

    public DemoTenantChoice(String name, List<String> domains) {
        this.name = name;
        this.domains = List.copyOf(domains);
    }

    public String name() {
        return name;
    }

    public List<String> domains() {
        return domains;
    }

    public String label() {
        return name + " (" + domains.get(0) + ")";
    }

    /** Whether the current plan touches this tenant. */
    public BooleanProperty inPlanProperty() {
        return inPlan;
    }

    public BooleanProperty administeredProperty() {
        return administered;
    }
}
