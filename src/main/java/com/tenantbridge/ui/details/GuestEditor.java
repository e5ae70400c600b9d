package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.CrossTenantAccess;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestAccessPlan;
import com.tenantbridge.domain.plan.GuestRole;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.TenantRef;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Scenario B's form: the invitation, and each technician tenant's team with the experts to guest into it. */
public final class GuestEditor extends SectionEditor<GuestAccessPlan> {

    public static final class GuestRow implements SectionEditor.Row {
        public final StringProperty email = new SimpleStringProperty(this, "email", "");
        public final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
        public final ObjectProperty<GuestRole> role = new SimpleObjectProperty<>(this, "role", GuestRole.EXPERT);

        @Override
        public Observable[] parts() {
            return new Observable[] {email, displayName, role};
        }

        Guest toPlan() {
            return new Guest(Texts.value(email.get()), Texts.value(displayName.get()), role.get());
        }
    }

    /** One technician tenant and its team; the tenant's extra domains and id are kept. */
    public static final class Target implements SectionEditor.Row {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty domain = new SimpleStringProperty(this, "domain", "");
        public final StringProperty team = new SimpleStringProperty(this, "team", "");
        public final StringProperty channel = new SimpleStringProperty(this, "channel", "");
        public final ObjectProperty<AccessSetting> b2bInbound = new SimpleObjectProperty<>(this, "b2bInbound",
                AccessSetting.INHERIT);
        public final ObservableList<GuestRow> guests = FXCollections.observableArrayList();
        private TenantRef original;
        private CrossTenantAccess originalAccess;

        @Override
        public Observable[] parts() {
            return new Observable[] {name, domain, team, channel, b2bInbound, guests};
        }

        public GuestRow addGuest() {
            GuestRow g = new GuestRow();
            guests.add(g);
            return g;
        }

        GuestTarget toPlan() {
            TenantRef tenant = new TenantRef(Texts.value(name.get()), Texts.value(domain.get()),
                    original == null ? List.of() : original.additionalDomains(),
                    original == null ? null : original.tenantId());
            AccessSetting out = originalAccess == null ? null : originalAccess.b2bCollaborationOutbound();
            return new GuestTarget(tenant, Texts.value(team.get()), Texts.value(channel.get()),
                    FederationEditor.access(originalAccess, b2bInbound.get(), FederationEditor.orInherit(out)),
                    guests.stream().map(GuestRow::toPlan).toList());
        }
    }

    public final StringProperty redirectUrl = watch(new SimpleStringProperty(this, "redirectUrl",
            GuestAccessPlan.DEFAULT_REDIRECT_URL));
    public final BooleanProperty sendMessage = watch(new SimpleBooleanProperty(this, "sendMessage", true));
    public final StringProperty message = watch(new SimpleStringProperty(this, "message", ""));
    public final ObservableList<Target> targets = watchedList();
    private boolean touched;

    public Target addTarget() {
        Target t = new Target();
        t.b2bInbound.set(AccessSetting.ALLOWED);
        if (!targets.isEmpty()) {
            // The same experts usually go into every technician tenant.
            for (GuestRow g : targets.get(targets.size() - 1).guests) {
                GuestRow copy = t.addGuest();
                copy.email.set(g.email.get());
                copy.displayName.set(g.displayName.get());
                copy.role.set(g.role.get());
            }
            t.team.set(targets.get(targets.size() - 1).team.get());
        }
        touched = true;
        targets.add(t);
        return t;
    }

    public void removeTarget(Target t) {
        targets.remove(t);
    }

    @Override
    void load(GuestAccessPlan g) {
        touched = g != null;
        redirectUrl.set(g == null || g.inviteRedirectUrl() == null ? GuestAccessPlan.DEFAULT_REDIRECT_URL
                : g.inviteRedirectUrl());
        sendMessage.set(g == null || g.sendInvitationMessage() == null || g.sendInvitationMessage());
        message.set(g == null ? "" : Texts.show(g.invitationMessage()));
        targets.setAll(g == null ? List.of() : g.targets().stream().map(GuestEditor::row).toList());
    }

    private static Target row(GuestTarget t) {
        Target row = new Target();
        if (t == null) {
            return row;
        }
        row.original = t.tenant();
        row.originalAccess = t.crossTenantAccess();
        if (t.tenant() != null) {
            row.name.set(Texts.show(t.tenant().name()));
            row.domain.set(Texts.show(t.tenant().domain()));
        }
        row.team.set(Texts.show(t.team()));
        row.channel.set(Texts.show(t.channel()));
        row.b2bInbound.set(t.crossTenantAccess() == null ? AccessSetting.INHERIT
                : FederationEditor.orInherit(t.crossTenantAccess().b2bCollaborationInbound()));
        for (Guest g : t.guests()) {
            GuestRow gr = row.addGuest();
            if (g != null) {
                gr.email.set(Texts.show(g.email()));
                gr.displayName.set(Texts.show(g.displayName()));
                gr.role.set(g.role());
            }
        }
        return row;
    }

    @Override
    GuestAccessPlan section() {
        if (!touched && targets.isEmpty() && message.get().isBlank()) {
            return null;
        }
        return new GuestAccessPlan(Texts.value(redirectUrl.get()), sendMessage.get(), Texts.value(message.get()),
                targets.stream().map(Target::toPlan).toList());
    }
}
