package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.service.plan.OutputFiles;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan's details: its name and host tenant, the chosen scenario's form, and every problem the validator
 * finds, each with its field path so the view can mark the field. Next stays disabled while the plan has
 * errors. The forms write into the typed plan on every edit.
 */
public final class DetailsStepViewModel extends AbstractStepViewModel {

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Supplier<TenantConnections> connections;
    private final AppChoice appChoice = new AppChoice();
    private final StringProperty planName = new SimpleStringProperty(this, "planName", "");
    private final StringProperty hostName = new SimpleStringProperty(this, "hostName", "");
    private final StringProperty hostDomain = new SimpleStringProperty(this, "hostDomain", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<PlanSummary.Section> summary = FXCollections.observableArrayList();
    /** What the connected tenants have now of what the plan touches; empty when none is connected. */
    private final ObservableList<com.tenantbridge.service.check.CheckResult> now = FXCollections.observableArrayList();
    private final SimpleBooleanProperty sectionMissing = new SimpleBooleanProperty(this, "sectionMissing");
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<DeploymentPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan",
            DeploymentPlan.empty());
    private final ObservableList<String> runbookTenants = FXCollections.observableArrayList();
    private final ObjectProperty<String> runbookTenant = new SimpleObjectProperty<>(this, "runbookTenant");
    private final ReadOnlyStringWrapper runbook = new ReadOnlyStringWrapper(this, "runbook", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<com.tenantbridge.domain.plan.Topology> topology = new ReadOnlyObjectWrapper<>(
            this, "topology", com.tenantbridge.domain.plan.Topology.of(DeploymentPlan.empty()));
    private final com.tenantbridge.ui.common.LatestWins<DetailsViews> derived;
    private boolean showingRunbook;
    private final ReadOnlyObjectWrapper<com.tenantbridge.domain.reach.Matrix> reach = new ReadOnlyObjectWrapper<>(
            this, "reach", com.tenantbridge.domain.reach.Matrix.of(com.tenantbridge.domain.reach.Worlds.desired(
                    DeploymentPlan.empty())));
    private final ReadOnlyObjectWrapper<com.tenantbridge.domain.reach.SegmentMatrix> reachBySegment =
            new ReadOnlyObjectWrapper<>(this, "reachBySegment", new com.tenantbridge.domain.reach.SegmentMatrix(
                    List.of(), java.util.Map.of()));
    private final FederationEditor federation = new FederationEditor();
    private final GuestEditor guests = new GuestEditor();
    private final VendorEditor vendors = new VendorEditor();
    private final AnonymousJoinEditor anonymousJoin = new AnonymousJoinEditor();

    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /** The clock that decides whether the meeting is in the past (the app's, or a test's). */
    public void setClock(java.time.Clock value) {
        this.clock = value;
    }

    public DetailsStepViewModel(BackgroundTasks tasks, DialogService dialogs) {
        this(tasks, dialogs, () -> null);
    }

    /** {@code connections}: the tenants connected in the Connect step, if any, to spot accounts that exist. */
    public DetailsStepViewModel(BackgroundTasks tasks, DialogService dialogs,
            Supplier<TenantConnections> connections) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.connections = connections;
        this.derived = tasks.latest(this::show, this::notDerived);
        planName.addListener((obs, old, now) -> edited());
        hostName.addListener((obs, old, now) -> edited());
        hostDomain.addListener((obs, old, now) -> {
            vendors.setHostDomain(Texts.value(now));
            edited();
        });
        for (SectionEditor<?> editor : List.of(federation, guests, vendors, anonymousJoin)) {
            editor.setOnEdit(this::edited);
        }
        appChoice.onEdit(this::edited);
        runbookTenant.addListener((obs, old, now) -> {
            if (!showingRunbook) {
                planChanged(plan.get());
            }
        });
    }

    @Override
    public String title() {
        return "Details";
    }

    @Override
    public String subtitle() {
        return "Fill in who and what the scenario connects; every problem is named at its field.";
    }

    /** The technicians' app and whether it is kept past its end of support. */
    AppChoice app() {
        return appChoice;
    }

    public StringProperty planNameProperty() {
        return planName;
    }

    public StringProperty hostNameProperty() {
        return hostName;
    }

    public StringProperty hostDomainProperty() {
        return hostDomain;
    }

    public FederationEditor federation() {
        return federation;
    }

    public GuestEditor guests() {
        return guests;
    }

    /**
     * Suggests barriers from the companies, asking who supports each one: without support engineers in its
     * segment (Microsoft's example: VN_SupportEngineer) a company's accounts would reach no one.
     */
    public void suggestBarriers() {
        List<String> companies = vendors.companies();
        if (companies.isEmpty()) {
            dialogs.showWarning("No companies yet", "Add the service accounts with their companies first.", List.of());
            return;
        }
        List<String> labels = companies.stream().map(c -> (c.isEmpty() ? "Accounts without a company" : c)
                + ": support engineers").toList();
        dialogs.askTexts("Who supports each company?", "Each company's service accounts will reach only each other"
                + " and these people of " + hostLabel() + " (user principal names, comma separated).", labels,
                vendors.suggestedEngineers()).ifPresent(vendors::suggestBarriers);
    }

    private String hostLabel() {
        DeploymentPlan p = plan.get();
        return p == null || p.hostTenant() == null ? "your tenant" : p.hostTenant().label();
    }

    public VendorEditor vendors() {
        return vendors;
    }

    public AnonymousJoinEditor anonymousJoin() {
        return anonymousJoin;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObservableList<com.tenantbridge.service.check.CheckResult> now() {
        return now;
    }

    public ObservableList<PlanSummary.Section> summary() {
        return summary;
    }

    /** The plan as the form now holds it, for pictures that follow every edit. */
    public ReadOnlyObjectProperty<DeploymentPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** True when the chosen scenario has no details yet, so the admin can start from the docs' example. */
    public ReadOnlyBooleanProperty sectionMissingProperty() {
        return sectionMissing;
    }

    /** The tenants of the plan whose PowerShell runbook can be previewed. */
    public ObservableList<String> runbookTenants() {
        return runbookTenants;
    }

    public ObjectProperty<String> runbookTenantProperty() {
        return runbookTenant;
    }

    /** The runbook the chosen tenant's admin runs for the Teams settings Graph cannot set. */
    public ReadOnlyStringProperty runbookProperty() {
        return runbook.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The plan's picture, derived with its problems (not at every keystroke). */
    public ReadOnlyObjectProperty<com.tenantbridge.domain.plan.Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    /** True from an edit until its problems, summary, reach and runbook are shown. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return derived.updatingProperty();
    }

    /** Who can reach whom once the plan, as the form now holds it, is applied; follows every edit. */
    public ReadOnlyObjectProperty<com.tenantbridge.domain.reach.Matrix> reachProperty() {
        return reach.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<com.tenantbridge.domain.reach.SegmentMatrix> reachBySegmentProperty() {
        return reachBySegment.getReadOnlyProperty();
    }

    /** Fills the chosen scenario's form (and the host tenant) from the documentation's example. */
    public void startFromExample() {
        Scenario s = scenario.get();
        if (s == null) {
            return;
        }
        DeploymentPlan example = ExamplePlans.load(ExamplePlans.forNewPlan(s)).plan();
        loading(() -> {
            hostName.set(example.hostTenant().name());
            hostDomain.set(example.hostTenant().domain());
            loadSection(example);
        });
        edited();
        VendorLicences.read(tasks, connections.get(), example, vendors);
    }

    /**
     * Reads vendor accounts from a spreadsheet the admin picks; a file with any bad row adds nothing. When a
     * tenant is connected, accounts it has already are named (they are kept, not created again).
     */
    public void importVendors() {
        new VendorImport(tasks, dialogs, vendors, status::set).run(plan.get(), connections.get());
    }

    /** Saves the previewed runbook where the admin chooses. */
    public void saveRunbook() {
        String tenant = runbookTenant.get();
        String text = runbook.get();
        if (tenant == null || text.isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile("Save the runbook for " + tenant, tenant + ".ps1", "PowerShell", "*.ps1")
                .ifPresent(file -> tasks.run("Saving the runbook", () -> OutputFiles.write(file,
                        OutputFiles.Kind.RUNBOOK, text), (Path p) ->
                        status.set("Saved the runbook for " + tenant + " in " + p), error ->
                        dialogs.showError("Could not save", Failures.describe(error), List.of())));
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        loading(() -> {
            // A new plan's "Untitled plan" is what it is called until named, not a name typed: the field shows it
            // as its prompt.
            planName.set(plan.name() == null || plan.name().equals(DeploymentPlan.UNTITLED) ? "" : plan.name());
            hostName.set(plan.hostTenant() == null || plan.hostTenant().name() == null ? ""
                    : plan.hostTenant().name());
            hostDomain.set(plan.hostTenant() == null || plan.hostTenant().domain() == null ? ""
                    : plan.hostTenant().domain());
            appChoice.load(plan);
            loadSection(plan);
        });
        planChanged(plan);
        readNow(plan);
    }

    /** Read off the FX thread when Details opens: the admin edits the plan with what the tenants have in view. */
    private void readNow(DeploymentPlan p) {
        TenantConnections connected = connections.get();
        now.clear();
        if (connected != null && p.scenario() != null && p.hostTenant() != null && p.hostTenant().domain() != null) {
            tasks.run("Reading what the tenants have now", () -> com.tenantbridge.service.check.CurrentSettings
                    .read(p, connected), now::setAll, error -> now.clear());
        }
        VendorLicences.read(tasks, connected, p, vendors);
    }

    private void loadSection(DeploymentPlan p) {
        federation.load(p.federation());
        guests.load(p.guestAccess());
        vendors.load(p.vendors());
        anonymousJoin.load(p.anonymousJoin());
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan base) {
        TenantRef host = base.hostTenant();
        TenantRef edited = new TenantRef(Texts.value(hostName.get()), Texts.value(hostDomain.get()),
                host == null ? List.of() : host.additionalDomains(), host == null ? null : host.tenantId());
        boolean hostEmpty = edited.name() == null && edited.domain() == null && edited.additionalDomains().isEmpty()
                && edited.tenantId() == null;
        String name = Texts.value(planName.get());
        if (name == null && DeploymentPlan.UNTITLED.equals(base.name())) {
            name = base.name();
        }
        DeploymentPlan out = appChoice.commit(base.withName(name).withHostTenant(hostEmpty ? null : edited));
        if (base.scenario() == null) {
            return out;
        }
        return switch (base.scenario()) {
            case FEDERATION -> out.withFederation(federation.section());
            case GUEST_ACCESS -> out.withGuestAccess(guests.section());
            case VENDOR_ACCOUNTS -> out.withVendors(vendors.section());
            case ANONYMOUS_JOIN -> out.withAnonymousJoin(anonymousJoin.section());
        };
    }

    @Override
    public void planChanged(DeploymentPlan p) {
        scenario.set(p.scenario());
        plan.set(p);
        sectionMissing.set(p.scenario() != null && section(p) == null);
        // The form's typed values are read here, on the FX thread; the rest is derived from immutable values.
        List<Problem> typed = p.scenario() == null ? List.of() : editor(p.scenario()).inputProblems();
        java.time.ZonedDateTime at = java.time.ZonedDateTime.now(clock);
        String chosen = runbookTenant.get();
        derived.submit(() -> DetailsViews.of(p, typed, at, chosen));
    }

    /** Moving on waits for the last edit's problems: Next never passes a plan that has not been checked. */
    @Override
    public java.util.concurrent.CompletionStage<Boolean> onLeave(com.tenantbridge.ui.common.Direction direction) {
        java.util.concurrent.CompletableFuture<Boolean> settled = new java.util.concurrent.CompletableFuture<>();
        derived.whenSettled(() -> settled.complete(true));
        return settled;
    }

    private void show(DetailsViews v) {
        if (!problems.equals(v.problems())) {
            problems.setAll(v.problems());
        }
        if (!summary.equals(v.summary())) {
            summary.setAll(v.summary());
        }
        topology.set(v.topology());
        reachBySegment.set(v.reachBySegment());
        reach.set(v.reach());
        valid.set(v.valid());
        showingRunbook = true;
        try {
            if (!runbookTenants.equals(v.runbookTenants())) {
                runbookTenants.setAll(v.runbookTenants());
            }
            runbookTenant.set(v.runbookTenant());
        } finally {
            showingRunbook = false;
        }
        runbook.set(v.runbook());
    }

    private void notDerived(Throwable error) {
        valid.set(false);
        status.set("Could not check the plan: " + Failures.describe(error));
    }

    private SectionEditor<?> editor(Scenario s) {
        return switch (s) {
            case FEDERATION -> federation;
            case GUEST_ACCESS -> guests;
            case VENDOR_ACCOUNTS -> vendors;
            case ANONYMOUS_JOIN -> anonymousJoin;
        };
    }

    private static Object section(DeploymentPlan p) {
        return switch (p.scenario()) {
            case FEDERATION -> p.federation();
            case GUEST_ACCESS -> p.guestAccess();
            case VENDOR_ACCOUNTS -> p.vendors();
            case ANONYMOUS_JOIN -> p.anonymousJoin();
        };
    }
}
