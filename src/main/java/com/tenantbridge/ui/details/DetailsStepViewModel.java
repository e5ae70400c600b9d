package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanSummary;
import com.tenantbridge.domain.plan.PlanValidator;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan's details: its name and host tenant, what the chosen scenario's section holds, and every
 * problem the validator finds. Next stays disabled while the plan has errors.
 */
public final class DetailsStepViewModel extends AbstractStepViewModel {

    private final StringProperty planName = new SimpleStringProperty(this, "planName", "");
    private final StringProperty hostName = new SimpleStringProperty(this, "hostName", "");
    private final StringProperty hostDomain = new SimpleStringProperty(this, "hostDomain", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<PlanSummary.Section> summary = FXCollections.observableArrayList();
    private final BooleanProperty sectionMissing = new SimpleBooleanProperty(this, "sectionMissing");
    private Scenario scenario;
    /** Set by startFromExample and taken by the next commit. */
    private DeploymentPlan pendingExample;
    /** Set by startFromExample and taken by the next commit. */
    public DetailsStepViewModel() {
        planName.addListener((obs, old, now) -> edited());
        hostName.addListener((obs, old, now) -> edited());
        hostDomain.addListener((obs, old, now) -> edited());
    }

    @Override
    public String title() {
        return "Details";
    }

    @Override
    public String subtitle() {
        return "Name the plan and the host tenant, and fix every problem before going on.";
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

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObservableList<PlanSummary.Section> summary() {
        return summary;
    }

    /** True when the chosen scenario has no details yet, so the admin can start from the docs' example. */
    public ReadOnlyBooleanProperty sectionMissingProperty() {
        return sectionMissing;
    }

    /** Fills the chosen scenario's section (and host tenant) from the documentation's example. */
    public void startFromExample() {
        if (scenario == null) {
            return;
        }
        DeploymentPlan example = ExamplePlans.load(ExamplePlans.forScenario(scenario)).plan();
        loading(() -> {
            hostName.set(example.hostTenant().name());
            hostDomain.set(example.hostTenant().domain());
        });
        pendingExample = example;
        edited();
    }

    @Override
    public void onEnter(DeploymentPlan plan) {
        loading(() -> {
            planName.set(plan.name() == null ? "" : plan.name());
            hostName.set(plan.hostTenant() == null || plan.hostTenant().name() == null ? ""
                    : plan.hostTenant().name());
            hostDomain.set(plan.hostTenant() == null || plan.hostTenant().domain() == null ? ""
                    : plan.hostTenant().domain());
        });
        planChanged(plan);
    }

    @Override
    public DeploymentPlan commit(DeploymentPlan plan) {
        DeploymentPlan base = plan;
        if (pendingExample != null) {
            DeploymentPlan ex = pendingExample;
            pendingExample = null;
            base = new DeploymentPlan(plan.schemaVersion(), plan.name(), plan.scenario(), ex.hostTenant(),
                    plan.answers(), ex.federation() != null ? ex.federation() : plan.federation(),
                    ex.guestAccess() != null ? ex.guestAccess() : plan.guestAccess(),
                    ex.vendors() != null ? ex.vendors() : plan.vendors(),
                    ex.anonymousJoin() != null ? ex.anonymousJoin() : plan.anonymousJoin());
        }
        TenantRef host = base.hostTenant();
        TenantRef edited = new TenantRef(blankToNull(hostName.get()), blankToNull(hostDomain.get()),
                host == null ? List.of() : host.additionalDomains(), host == null ? null : host.tenantId());
        boolean hostEmpty = edited.name() == null && edited.domain() == null && edited.additionalDomains().isEmpty()
                && edited.tenantId() == null;
        return base.withName(blankToNull(planName.get())).withHostTenant(hostEmpty ? null : edited);
    }

    @Override
    public void planChanged(DeploymentPlan plan) {
        scenario = plan.scenario();
        List<Problem> found = PlanValidator.validate(plan);
        problems.setAll(found);
        summary.setAll(PlanSummary.of(plan));
        sectionMissing.set(scenario != null && section(plan) == null);
        valid.set(found.stream().noneMatch(Problem::isError));
    }

    private static Object section(DeploymentPlan plan) {
        return switch (plan.scenario()) {
            case FEDERATION -> plan.federation();
            case GUEST_ACCESS -> plan.guestAccess();
            case VENDOR_ACCOUNTS -> plan.vendors();
            case ANONYMOUS_JOIN -> plan.anonymousJoin();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
