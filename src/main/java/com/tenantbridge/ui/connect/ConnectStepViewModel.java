package com.tenantbridge.ui.connect;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.ui.common.AbstractStepViewModel;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the plan will run: the demo tenant (the default) or a Microsoft 365 tenant named by domain or
 * tenant id. The choice is about this session, not the plan, so commit leaves the plan as it is.
 */
public final class ConnectStepViewModel extends AbstractStepViewModel {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ObjectProperty<TenantKind> kind = new SimpleObjectProperty<>(this, "kind", TenantKind.DEMO);
    private final StringProperty tenant = new SimpleStringProperty(this, "tenant", "");
    private final StringBinding tenantMessage = Bindings.createStringBinding(this::tenantProblem, kind, tenant);

    public ConnectStepViewModel() {
        valid.bind(tenantMessage.isEmpty());
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
            return "";
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
