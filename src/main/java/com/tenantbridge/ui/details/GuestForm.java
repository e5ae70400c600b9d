package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.GuestRole;
import com.tenantbridge.ui.common.FieldMarks;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** The guest-access form: the invitation, the technician tenants with their team, and the experts to guest. */
final class GuestForm {
    private GuestForm() {
    }

    static String role(GuestRole r) {
        return r == GuestRole.EXPERT ? "Expert (Teams)" : "Technician";
    }

    static Node build(GuestEditor editor, FieldMarks marks) {
        Forms invite = new Forms(marks);
        invite.text("Redirect _URL", editor.redirectUrl, "guestAccess.inviteRedirectUrl",
                "https://teams.microsoft.com");
        CheckBox send = new CheckBox("Send the invitation email");
        send.selectedProperty().bindBidirectional(editor.sendMessage);
        invite.add("Invitation", send, List::of);
        invite.area("_Message", editor.message, "guestAccess.invitationMessage",
                "Why they are invited, in a sentence or two").disableProperty().bind(editor.sendMessage.not());

        RowList<GuestEditor.Target> targets = new RowList<>("targets", "Technician tenants and teams", editor.targets,
                "guestAccess.targets", marks, editor::addTarget, editor::removeTarget)
                .column("Tenant", t -> t.name)
                .column("Domain", t -> t.domain)
                .column("Team", t -> t.team)
                .column("Guests", t -> Bindings.size(t.guests).asString());
        Forms f = targets.form();
        f.rowText("Tenant _name", targets.selected(), t -> t.name, targets.field("tenant.name"), "Contoso1")
                .setId("targetName");
        f.rowText("Tenant _domain", targets.selected(), t -> t.domain, targets.field("tenant.domain"),
                "contoso1.com").setId("targetDomain");
        f.rowText("_Team", targets.selected(), t -> t.team, targets.field("team"), "Remote Assist Experts")
                .setId("targetTeam");
        f.rowText("C_hannel (optional)", targets.selected(), t -> t.channel, targets.field("channel"), "General");
        f.rowChoice("B2B collaboration inbound", targets.selected(), t -> t.b2bInbound,
                List.of(AccessSetting.values()), FederationForm::accessName,
                targets.field("crossTenantAccess.b2bCollaborationInbound"));

        // The guests of whichever target is picked: a list inside the list.
        ReadOnlyObjectProperty<GuestEditor.Target> target = targets.selected();
        RowList<GuestEditor.GuestRow> guests = new RowList<>("guests", "Guests in this team",
                FXCollections.observableArrayList(),
                () -> "guestAccess.targets[" + editor.targets.indexOf(target.get()) + "].guests", marks,
                () -> target.get() == null ? null : target.get().addGuest(),
                g -> target.get().guests.remove(g));
        guests.column("Email", g -> g.email).column("Name", g -> g.displayName)
                .column("Role", g -> g.role.map(GuestForm::role));
        Forms gf = guests.form();
        gf.rowText("_Email", guests.selected(), g -> g.email, guests.field("email"), "Expert1@abc.com")
                .setId("guestEmail");
        gf.rowText("Display name", guests.selected(), g -> g.displayName, guests.field("displayName"),
                "Expert1 (ABC)");
        gf.rowChoice("Role", guests.selected(), g -> g.role, List.of(GuestRole.values()), GuestForm::role,
                guests.field("role"));
        guests.buttons().disableProperty().bind(target.isNull());
        target.addListener((obs, old, now) -> guests.setRows(now == null ? FXCollections.observableArrayList()
                : now.guests));
        targets.selectFirst();
        return new VBox(10, FederationForm.section("Invitation"), invite.grid(), targets.node(), guests.node());
    }
}
