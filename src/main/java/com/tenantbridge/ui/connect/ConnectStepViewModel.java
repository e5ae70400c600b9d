package com.tenantbridge.ui.connect;

import com.tenantbridge.service.engine.SignInService;

import com.tenantbridge.service.port.TenantAccessException;
import com.tenantbridge.service.Failures;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.service.port.SignInMethod;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.RunningTasks;
import com.tenantbridge.ui.common.EngineSession;
import java.net.URI;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
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
    private final javafx.beans.property.IntegerProperty administeredCount =
            new javafx.beans.property.SimpleIntegerProperty(this, "administeredCount");
    private final ReadOnlyStringWrapper demoStatus = new ReadOnlyStringWrapper(this, "demoStatus", "");
    private final ObservableList<DemoTenantChoice> demoTenants = FXCollections.observableArrayList();
    private String demoUrl;
    private final StringBinding tenantMessage;
    private final ObjectProperty<SignInMethod> method = new SimpleObjectProperty<>(this, "method",
            SignInMethod.INTERACTIVE_BROWSER);
    private final ReadOnlyStringWrapper permissions = new ReadOnlyStringWrapper(this, "permissions", "");
    private final ReadOnlyStringWrapper signInStatus = new ReadOnlyStringWrapper(this, "signInStatus", "");
    private final ObjectProperty<SignInService.SignedIn> signedIn = new SimpleObjectProperty<>(this, "signedIn");
    private final BackgroundTasks tasks;
    /** The work this step started and which still runs: its busy state. */
    private final RunningTasks running;
    private final DemoTenantRunner demo;
    private final SignInService signIns;
    private final EngineSession session;
    private TenantConnections demoConnections;
    /**
     * What the demo tenant is signed in with: the open plan's scenario, followed as the plan changes on any step
     * (a plan opened on Details must not run with the scopes of the one before).
     */
    private RequiredAccess demoAccess = RequiredAccess.of(com.tenantbridge.domain.scenario.Scenario.FEDERATION,
            false);

    @Override
    public void planChanged(DeploymentPlan plan) {
        doctor.planChanged(plan);
        if (plan == null || plan.scenario() == null) {
            return;
        }
        RequiredAccess next = plan.requiredAccess().withPartnerSettings();
        if (!next.equals(demoAccess)) {
            demoAccess = next;
            if (demoUrl != null) {
                useDemoTenants();
            }
        }
    }

    private volatile RequiredAccess access = RequiredAccess.of(com.tenantbridge.domain.scenario.Scenario.FEDERATION,
            false);
    private java.util.function.Consumer<URI> browser = uri -> { };

    private final TenantDoctorViewModel doctor;

    public ConnectStepViewModel(BackgroundTasks tasks, DemoTenantRunner demo, SignInService signIns,
            EngineSession session, com.tenantbridge.service.check.Doctor doctorService) {
        this.doctor = new TenantDoctorViewModel(tasks, session, doctorService, signIns, () -> signedIn.get(),
                new TenantDoctorViewModel.Prompts(() -> method.get(), () -> tenant.get().strip(),
                        message -> tasks.fx().execute(() -> signInStatus.set(message)), () -> browser));
        signedIn.addListener((obs, old, now) -> doctor.refreshOrganizer());
        this.tasks = tasks;
        this.running = new RunningTasks(tasks);
        this.demo = demo;
        this.signIns = signIns;
        this.session = session;
        tenantMessage = Bindings.createStringBinding(this::tenantProblem, kind, tenant, demoRunning, signedIn,
                administeredCount);
        valid.bind(tenantMessage.isEmpty().and(running.busyProperty().not()));
        kind.addListener((obs, old, now) -> {
            if (now == TenantKind.DEMO) {
                session.connectionsProperty().set(demoConnections);
                startDemo();
            } else {
                session.connectionsProperty().set(signedIn.get() == null ? null : signedIn.get().connections());
            }
        });
        // A later step's wider sign-in (undoing a run can need more) is this step's sign-in from then on.
        session.signIn().widenedProperty().addListener((obs, old, now) -> {
            signedIn.set(now.signedIn());
            signInStatus.set("Signed in to " + now.signedIn().tenant() + " as " + now.signedIn().username()
                    + ", now also allowing " + String.join(", ", now.added()) + ".");
        });
        tenant.addListener((obs, old, now) -> {
            if (signedIn.get() != null && !signedIn.get().tenant().equalsIgnoreCase(String.valueOf(now).strip())) {
                signOut();
            }
        });
    }

    public ObjectProperty<SignInMethod> methodProperty() {
        return method;
    }

    /** The permissions the chosen scenario asks for, shown before sign-in. */
    public ReadOnlyStringProperty permissionsProperty() {
        return permissions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signInStatusProperty() {
        return signInStatus.getReadOnlyProperty();
    }

    public ObjectProperty<SignInService.SignedIn> signedInProperty() {
        return signedIn;
    }

    /** Where the browser sign-in opens its page; the view passes the application's host services. */
    public void setBrowser(java.util.function.Consumer<URI> browser) {
        this.browser = browser;
    }

    public void signIn() {
        String target = tenant.get() == null ? "" : tenant.get().strip();
        if (running.isBusy() || kind.get() != TenantKind.MICROSOFT_365 || !tenantFormatProblem(target).isEmpty()) {
            return;
        }
        signInStatus.set(method.get() == SignInMethod.DEVICE_CODE ? "Waiting for the device code\u2026"
                : "Finish signing in in your browser\u2026");
        SignInMethod m = method.get();
        RequiredAccess asked = access;
        BackgroundTask<SignInService.SignedIn> task = BackgroundTask.of("Signing in to " + target,
                progress -> session.signIn().signIn(target, m, asked, progress::message, browser));
        // The device code, or what the sign-in waits for, shows where the admin looks.
        task.messageProperty().addListener((obs, old, now) -> signInStatus.set(now));
        running.start(task.onSuccess(result -> {
            signedIn.set(result);
            session.connectionsProperty().set(result.connections());
            signInStatus.set("Signed in to " + result.tenant() + " as " + result.username() + ". "
                    + signIns.tokenCacheDescription());
        }).onFailure(error -> {
            // A refused or unreachable sign-in already says so in a sentence of its own.
            signInStatus.set(error instanceof TenantAccessException
                    ? error.getMessage() : "Sign-in failed: " + Failures.describe(error));
        }));
    }

    private static String undoExtra(RequiredAccess access) {
        List<String> more = access.toUndo().graphScopes().stream().filter(s -> !access.graphScopes().contains(s))
                .toList();
        return more.isEmpty() ? "" : " Rolling back a run asks for " + String.join(", ", more) + " then.";
    }

    public void signOut() {
        session.signIn().signOut();
        signedIn.set(null);
        if (kind.get() == TenantKind.MICROSOFT_365) {
            session.connectionsProperty().set(null);
        }
        signInStatus.set("Signed out.");
    }

    public ReadOnlyStringProperty demoStatusProperty() {
        return demoStatus.getReadOnlyProperty();
    }

    /** The seeded tenants, each with whether this session acts as its admin. */
    public ObservableList<DemoTenantChoice> demoTenants() {
        return demoTenants;
    }

    /**
     * The demo tenants ticked as administered are reached; the others stand for tenants whose admin is someone
     * else, so their part of the plan comes out as a runbook and plan file, as it would in Microsoft 365.
     */
    private void useDemoTenants() {
        java.util.Set<String> domains = new java.util.HashSet<>();
        demoTenants.stream().filter(t -> t.administeredProperty().get()).forEach(t -> domains.addAll(t.domains()));
        java.util.Map<String, String> defaults = new java.util.HashMap<>();
        demoTenants.forEach(t -> t.domains().forEach(d -> defaults.put(d, t.domains().get(0))));
        // As on Microsoft 365: signed in as each tenant's admin with only the scopes the scenario asks for (and
        // what undoing or resuming its run takes, which the wizard offers on the Report and Run steps).
        java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>(demoAccess.toUndo().graphScopes());
        scopes.addAll(demoAccess.toResume().graphScopes());
        scopes.addAll(TenantDoctorViewModel.DOCTOR_SCOPES);
        demoConnections = demoUrl == null ? null : demo.connect(domains, List.copyOf(scopes), defaults);
        if (kind.get() == TenantKind.DEMO) {
            session.connectionsProperty().set(demoConnections);
        }
        administeredCount.set((int) demoTenants.stream().filter(t -> t.administeredProperty().get()).count());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    /** Starts the embedded demo tenant unless it runs already; work happens off the FX thread. */
    public void startDemo() {
        if (demoRunning.get() || running.isBusy()) {
            return;
        }
        demoStatus.set("Starting the demo tenant\u2026");
        running.start(BackgroundTask.of("Starting the demo tenant", task -> demo.start()).onSuccess(started -> {
            demoRunning.set(true);
            demoUrl = started.graphBaseUrl();
            demoTenants.setAll(started.tenants().stream().map(t -> {
                DemoTenantChoice choice = new DemoTenantChoice(t.name(), t.domains());
                choice.administeredProperty().addListener((o, was, is) -> useDemoTenants());
                return choice;
            }).toList());
            useDemoTenants();
            markPlanTenants();
            demoStatus.set("Demo tenant running at " + started.graphBaseUrl());
        }).onFailure(error -> demoStatus.set("The demo tenant could not start: " + Failures.describe(error))));
    }

    /** Puts the demo tenants back to their seed, e.g. before a presentation. */
    public void resetDemo() {
        if (running.isBusy()) {
            return;
        }
        running.start(BackgroundTask.of("Resetting the demo tenant", task -> {
            demo.reset();
            return demo.start();
        }).onSuccess(started -> {
            demoRunning.set(true);
            demoStatus.set("Demo tenant reset to its starting state; running at " + started.graphBaseUrl());
        }).onFailure(error -> demoStatus.set("The demo tenant could not be reset: " + Failures.describe(error))));
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
            if (!demoRunning.get()) {
                return "The demo tenant is not running";
            }
            return administeredCount.get() == 0 ? "Tick at least one demo tenant you act as the admin of" : "";
        }
        String formatProblem = tenantFormatProblem(tenant.get() == null ? "" : tenant.get().strip());
        if (!formatProblem.isEmpty()) {
            return formatProblem;
        }
        return signedIn.get() == null ? "Sign in to continue" : "";
    }

    private static String tenantFormatProblem(String value) {
        if (value.isEmpty()) {
            return "Enter the tenant's domain (contoso.onmicrosoft.com) or tenant id";
        }
        if (!GUID.matcher(value).matches()) {
            var problem = DomainNames.problem(value);
            if (problem.isPresent()) {
                return "Tenant domain: " + problem.get();
            }
        }
        return "";
    }

    private java.util.List<String> planTenants = java.util.List.of();

    private void markPlanTenants() {
        for (DemoTenantChoice t : demoTenants) {
            t.inPlanProperty().set(t.domains().stream()
                    .anyMatch(d -> planTenants.stream().anyMatch(d::equalsIgnoreCase)));
        }
    }

    /** The doctor's panel and the organizer's sign-in. */
    public TenantDoctorViewModel doctor() {
        return doctor;
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        doctor.planChanged(plan);
        // The plan may still be unfinished here (Details comes later), so read it the forgiving way the picture does.
        planTenants = com.tenantbridge.domain.plan.Topology.of(plan).boxes().stream()
                .filter(b -> b.role() == com.tenantbridge.domain.plan.Topology.Role.HOST
                        || b.role() == com.tenantbridge.domain.plan.Topology.Role.PARTNER
                        || b.role() == com.tenantbridge.domain.plan.Topology.Role.TECHNICIANS)
                .map(com.tenantbridge.domain.plan.Topology.Box::id).toList();
        markPlanTenants();
        if (plan.scenario() != null) {
            // Details come after sign-in and may still add Entra partner settings, so ask for what the scenario
            // can use rather than what the unfinished plan uses so far.
            access = plan.requiredAccess().withPartnerSettings();
            permissions.set("Microsoft Graph: " + String.join(", ", access.graphScopes())
                    + (access.teamsPowerShell() ? ". Teams admin API (for PowerShell)" : "")
                    + (access.compliancePowerShell() ? ". Security & Compliance PowerShell" : "")
                    + ". Roles: " + String.join(", ", access.adminRoles()) + "."
                    + undoExtra(access));
        }
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
