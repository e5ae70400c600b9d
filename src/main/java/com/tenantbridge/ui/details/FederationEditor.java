package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.CrossTenantAccess;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.domain.plan.FederationPlan;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.plan.TenantRef;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** Scenario A's form: the host's external access mode, the blocked list, and each partner tenant. */
public final class FederationEditor extends SectionEditor<FederationPlan> {

    /** One partner tenant; its extra domains and tenant id, which the form does not show, are kept. */
    public static final class Partner implements SectionEditor.Row {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty domain = new SimpleStringProperty(this, "domain", "");
        public final ObjectProperty<FederationMode> mode = new SimpleObjectProperty<>(this, "mode",
                FederationMode.ALLOW_SPECIFIC);
        public final ObjectProperty<AccessSetting> b2bInbound = new SimpleObjectProperty<>(this, "b2bInbound",
                AccessSetting.INHERIT);
        public final ObjectProperty<AccessSetting> b2bOutbound = new SimpleObjectProperty<>(this, "b2bOutbound",
                AccessSetting.INHERIT);
        private TenantRef original;
        private CrossTenantAccess originalAccess;

        @Override
        public Observable[] parts() {
            return new Observable[] {name, domain, mode, b2bInbound, b2bOutbound};
        }

        PartnerTenant toPlan() {
            TenantRef tenant = new TenantRef(Texts.value(name.get()), Texts.value(domain.get()),
                    original == null ? List.of() : original.additionalDomains(),
                    original == null ? null : original.tenantId());
            return new PartnerTenant(tenant, mode.get(), access(originalAccess, b2bInbound.get(), b2bOutbound.get()));
        }
    }

    public final ObjectProperty<FederationMode> mode = watch(new SimpleObjectProperty<>(this, "mode",
            FederationMode.ALLOW_SPECIFIC));
    public final StringProperty blockedDomains = watch(new SimpleStringProperty(this, "blockedDomains", ""));
    public final ObservableList<Partner> partners = watchedList();
    private boolean touched;

    public Partner addPartner() {
        Partner p = new Partner();
        touched = true;
        partners.add(p);
        return p;
    }

    public void removePartner(Partner p) {
        partners.remove(p);
    }

    @Override
    void load(FederationPlan f) {
        touched = f != null;
        mode.set(f == null || f.mode() == null ? FederationMode.ALLOW_SPECIFIC : f.mode());
        blockedDomains.set(f == null ? "" : Texts.join(f.blockedDomains()));
        partners.setAll(f == null ? List.of() : f.partners().stream().map(FederationEditor::row).toList());
    }

    private static Partner row(PartnerTenant p) {
        Partner row = new Partner();
        if (p == null) {
            return row;
        }
        row.original = p.tenant();
        row.originalAccess = p.crossTenantAccess();
        if (p.tenant() != null) {
            row.name.set(Texts.show(p.tenant().name()));
            row.domain.set(Texts.show(p.tenant().domain()));
        }
        row.mode.set(p.mode());
        if (p.crossTenantAccess() != null) {
            row.b2bInbound.set(orInherit(p.crossTenantAccess().b2bCollaborationInbound()));
            row.b2bOutbound.set(orInherit(p.crossTenantAccess().b2bCollaborationOutbound()));
        }
        return row;
    }

    @Override
    FederationPlan section() {
        if (!touched && partners.isEmpty() && blockedDomains.get().isBlank()) {
            return null;
        }
        // Kept as typed in every mode: the validator says when a blocked list has no effect.
        return new FederationPlan(mode.get(), Texts.list(blockedDomains.get()),
                partners.stream().map(Partner::toPlan).toList());
    }

    static AccessSetting orInherit(AccessSetting s) {
        return s == null ? AccessSetting.INHERIT : s;
    }

    /** The B2B collaboration directions from the form over what the plan had; null when all inherit. */
    static CrossTenantAccess access(CrossTenantAccess original, AccessSetting inbound, AccessSetting outbound) {
        AccessSetting in = inbound == AccessSetting.INHERIT ? null : inbound;
        AccessSetting out = outbound == AccessSetting.INHERIT ? null : outbound;
        AccessSetting dcIn = original == null ? null : original.b2bDirectConnectInbound();
        AccessSetting dcOut = original == null ? null : original.b2bDirectConnectOutbound();
        if (in == null && out == null && dcIn == null && dcOut == null) {
            return null;
        }
        return new CrossTenantAccess(in, out, dcIn, dcOut);
    }
}
