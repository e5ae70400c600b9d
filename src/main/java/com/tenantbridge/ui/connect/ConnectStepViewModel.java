package com.tenantbridge.ui.connect;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the plan will run: the demo tenant (the default, started inside the app on a free port) or a
 * Microsoft 365 tenant named by domain or tenant id. The choice is about this session, not the plan, so
 * commit leaves the plan as it is.
 */
public final class ConnectStepViewModel extends AbstractStepViewModel {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ObjectProperty<TenantKind> kind = new SimpleObjectProperty<>(this, "kind", TenantKind.DEMO);
    private final StringProperty tenant = new SimpleStringProperty(this, "tenant", "");
    private final BooleanProperty demoRunning = new SimpleBooleanProperty(this, "demoRunning");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper demoStatus = new ReadOnlyStringWrapper(this, "demoStatus", "");
    private final ObservableList<String> demoTenants = FXCollections.observableArrayList();
    private final StringBinding tenantMessage = Bindings.createStringBinding(this::tenantProblem, kind, tenant,
            demoRunning);
    private final BackgroundTasks tasks;
    private final DemoTenantRunner demo;

    public ConnectStepViewModel(BackgroundTasks tasks, DemoTenantRunner demo) {
        this.tasks = tasks;
        this.demo = demo;
        valid.bind(tenantMessage.isEmpty().and(busy.not()));
        kind.addListener((obs, old, now) -> {
            if (now == TenantKind.DEMO) {
                startDemo();
            }
        });
    }

    public ReadOnlyStringProperty demoStatusProperty() {
        return demoStatus.getReadOnlyProperty();
    }

    public ObservableList<String> demoTenants() {
        return demoTenants;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Starts the embedded demo tenant unless it runs already; work happens off the FX thread. */
    public void startDemo() {
        if (demoRunning.get() || busy.get()) {
            return;
        }
        busy.set(true);
        demoStatus.set("Starting the demo tenant\u2026");
        tasks.run("Starting the demo tenant", demo::start, running -> {
            busy.set(false);
            demoRunning.set(true);
            demoTenants.setAll(running.tenants());
            demoStatus.set("Demo tenant running at " + running.graphBaseUrl());
        }, error -> {
            busy.set(false);
            demoStatus.set("The demo tenant could not start: " + error.getMessage());
        });
    }

    /** Puts the demo tenants back to their seed, e.g. before a presentation. */
    public void resetDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run("Resetting the demo tenant", () -> {
            demo.reset();
            return demo.start();
        }, running -> {
            busy.set(false);
            demoRunning.set(true);
            demoStatus.set("Demo tenant reset to its seed; running at " + running.graphBaseUrl());
        }, error -> {
            busy.set(false);
            demoStatus.set("The demo tenant could not be reset: " + error.getMessage());
        });
    }

    @Override
    public String title() {
        return "Connect";
    }

    @Override
    public String subtitle() {
        return "Choose the tenant the plan is checked against and applied to.";
    }

    public ObjectProperty<TenantKind> kindProperty() {
        return kind;
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    /** Why the tenant field cannot be used, or empty. */
    public StringBinding tenantMessageProperty() {
        return tenantMessage;
    }

    private String tenantProblem() {
        if (kind.get() == TenantKind.DEMO) {
            return demoRunning.get() ? "" : "The demo tenant is not running";
        }
        String value = tenant.get() == null ? "" : tenant.get().strip();
        if (value.isEmpty()) {
            return "Enter the tenant's domain (contoso.onmicrosoft.com) or tenant id";
        }
        if (GUID.matcher(value).matches()) {
            return "";
        }
        return DomainNames.problem(value).map(p -> "Tenant domain: " + p).orElse("");
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        if (kind.get() == TenantKind.DEMO) {
            startDemo();
        }
        if ((tenant.get() == null || tenant.get().isBlank()) && plan.hostTenant() != null
                && plan.hostTenant().domain() != null) {
            tenant.set(plan.hostTenant().domain());
        }
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        return plan;
    }
}
