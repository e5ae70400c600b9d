package com.tenantbridge.ui.connect;

import com.tenantbridge.service.engine.SignInService;

import com.tenantbridge.service.port.SignInMethod;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.RequiredAccess;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.app.AppPermissions;
import com.tenantbridge.service.app.AppRegistration;
import com.tenantbridge.service.check.CheckResult;
import com.tenantbridge.service.check.CheckStatus;
import com.tenantbridge.service.check.Doctor;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.RunningTasks;
import com.tenantbridge.ui.common.EngineSession;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connect's "before you go on" panel: the doctor's read-only look at the plan's host tenant, and, for anonymous join
 * on Microsoft 365, the organizer's own sign-in so their meeting is made from here rather than handed over.
 */
public final class TenantDoctorViewModel {

    /** What the doctor reads besides the plan's own: the admin's roles (user-list-memberof, /me with User.Read). */
    static final List<String> DOCTOR_SCOPES = List.of("User.Read");

    private final BackgroundTasks tasks;
    /** The work this step started and which still runs: its busy state. */
    private final RunningTasks running;
    private final EngineSession session;
    private final Doctor doctor;
    private final SignInService signIns;
    private final Supplier<SignInService.SignedIn> admin;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper organizerStatus = new ReadOnlyStringWrapper(this, "organizerStatus", "");
    private final BooleanProperty organizerNeeded = new SimpleBooleanProperty(this, "organizerNeeded");
    private final ObservableList<CheckResult> results = FXCollections.observableArrayList();
    private DeploymentPlan plan;
    private final Prompts prompts;
    private final ReadOnlyStringWrapper registerStatus = new ReadOnlyStringWrapper(this, "registerStatus", "");

    /** How the admin signs in on Connect: its method, the tenant typed, where prompts show, the browser. */
    record Prompts(Supplier<SignInMethod> method, Supplier<String> tenant, Consumer<String> progress,
            Supplier<Consumer<URI>> browser) {
    }

    TenantDoctorViewModel(BackgroundTasks tasks, EngineSession session, Doctor doctor, SignInService signIns,
            Supplier<SignInService.SignedIn> admin, Prompts prompts) {
        this.prompts = prompts;
        this.tasks = tasks;
        this.running = new RunningTasks(tasks);
        this.session = session;
        this.doctor = doctor;
        this.signIns = signIns;
        this.admin = admin;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organizerStatusProperty() {
        return organizerStatus.getReadOnlyProperty();
    }

    /** True for an anonymous-join plan on a Microsoft 365 sign-in: only then does the organizer sign in here. */
    public ReadOnlyBooleanProperty organizerNeededProperty() {
        return organizerNeeded;
    }

    public ReadOnlyStringProperty registerStatusProperty() {
        return registerStatus.getReadOnlyProperty();
    }

    public ObservableList<CheckResult> results() {
        return results;
    }

    void planChanged(DeploymentPlan value) {
        plan = value;
        refreshOrganizer();
    }

    void refreshOrganizer() {
        organizerNeeded.set(plan != null && plan.anonymousJoin() != null && plan.anonymousJoin().meeting() != null
                && admin.get() != null);
    }

    /** Reads the plan's host tenant; writes nothing. */
    public void examine() {
        TenantConnections connections = session.connections();
        if (running.isBusy() || plan == null || plan.hostTenant() == null || plan.scenario() == null
                || connections == null) {
            status.set(connections == null ? "Connect first." : "Choose a scenario and its tenants first.");
            return;
        }
        DeploymentPlan current = plan;
        String host = current.hostTenant().domain();
        status.set("Looking at " + host + "\u2026");
        RequiredAccess asked = current.requiredAccess();
        RequiredAccess needed = asked.withScopes(DOCTOR_SCOPES);
        running.start(BackgroundTask.of("Looking at " + host, task -> doctor.examine(host,
                session.connectionsFor(needed, connections, task::message), List.of(asked), current,
                needed.graphScopes())).onSuccess(found -> {
                    results.setAll(found);
                    long failed = found.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
                    status.set((failed == 0 ? "Nothing is missing for this plan." : failed + " thing"
                            + (failed == 1 ? " is" : "s are") + " missing: see the fixes.") + " Nothing was changed.");
                }).onFailure(error -> status.set("Could not look at " + host + ": " + Failures.describe(error))));
    }

    /** The organizer signs in (browser or device code, as the admin did); their meeting is then made from here. */
    public void signInOrganizer() {
        SignInMethod method = prompts.method().get();
        Consumer<String> deviceCode = prompts.progress();
        Consumer<URI> browser = prompts.browser().get();
        SignInService.SignedIn signedIn = admin.get();
        if (running.isBusy() || signedIn == null || !organizerNeeded.get()) {
            return;
        }
        String organizer = plan.anonymousJoin().meeting().organizer();
        organizerStatus.set("Sign in as " + organizer + "\u2026");
        running.start(BackgroundTask.of("Signing in the organizer", task -> signIns.signInOrganizer(signedIn,
                signedIn.tenant(), method, deviceCode, browser)).onSuccess(who -> organizerStatus.set(
                        who.equalsIgnoreCase(organizer) ? "Signed in as the organizer, " + who
                                + ": the meeting is made on their calendar." : "Signed in as " + who + ", not "
                                + organizer + ": the meeting is handed over to " + organizer + " instead."))
                .onFailure(error -> organizerStatus.set("The organizer's sign-in failed: " + Failures.describe(error)
                        + ". The meeting is handed over to them.")));
    }

    /**
     * Registers TenantBridge's own app in the Microsoft 365 tenant typed on Connect, with a sign-in of its own
     * (Application.ReadWrite.All), and says where to consent and how to use it.
     */
    public void registerApp() {
        String tenant = prompts.tenant().get();
        if (running.isBusy() || tenant.isEmpty()) {
            registerStatus.set("Type your Microsoft 365 tenant above first.");
            return;
        }
        registerStatus.set("Sign in to " + tenant + " to register TenantBridge\u2026");
        RequiredAccess access = new RequiredAccess(null, AppPermissions.TO_REGISTER, false, false, List.of());
        running.start(BackgroundTask.of("Registering TenantBridge", task -> {
            SignInService.SignedIn s = signIns.signIn(tenant, prompts.method().get(), access, prompts.progress(),
                    prompts.browser().get());
            return AppRegistration.register(s.connections().appRegistrations(tenant).orElseThrow(() ->
                    new IllegalStateException("not signed in to " + tenant)), tenant, "TenantBridge");
        }).onSuccess(r -> registerStatus.set((r.created() ? "Registered" : "Already registered") + ": client id "
                + r.app().appId() + ". Consent for the organisation at " + r.consentUrl()
                + ", then set TENANTBRIDGE_CLIENT_ID=" + r.app().appId() + " and start TenantBridge again."))
                .onFailure(error -> registerStatus.set("Could not register TenantBridge: "
                        + Failures.describe(error))));
    }
}
