package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.FederationMode;
import com.tenantbridge.ui.common.FieldMarks;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The federation form: the host's external access mode, blocked domains, and the partner tenants. */
final class FederationForm {
    private FederationForm() {
    }

    static String accessName(AccessSetting s) {
        return switch (s) {
            case INHERIT -> "Leave as the tenant has it";
            case ALLOWED -> "Allowed";
            case BLOCKED -> "Blocked";
        };
    }

    static Node build(FederationEditor editor, FieldMarks marks) {
        Forms host = new Forms(marks);
        ComboBox<FederationMode> mode = host.choice("Host's external _access", editor.mode,
                List.of(FederationMode.values()), FederationMode::label, "federation.mode");
        mode.setId("federationMode");
        TextArea blocked = host.area("_Blocked domains", editor.blockedDomains, "federation.blockedDomains",
                "fabrikam.com, northwind.com");
        blocked.setId("blockedDomains");
        blocked.disableProperty().bind(editor.mode.isNotEqualTo(FederationMode.BLOCK_SPECIFIC));
        Label hint = new Label("Allow specific domains lets only the partners below reach your users (CISA"
                + " MS.TEAMS.2.1v2). Each partner sets its own side: the plan shows it, and the runbook tab holds"
                + " what its admin runs.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        RowList<FederationEditor.Partner> partners = new RowList<>("partners", "Partner tenants", editor.partners,
                "federation.partners", marks, editor::addPartner, editor::removePartner)
                .column("Name", p -> p.name)
                .column("Domain", p -> p.domain)
                .column("Their mode", p -> p.mode.map(m -> m == null ? "" : m.label()));
        Forms f = partners.form();
        f.rowText("Partner _name", partners.selected(), p -> p.name, partners.field("tenant.name"), "Contoso1")
                .setId("partnerName");
        f.rowText("Partner _domain", partners.selected(), p -> p.domain, partners.field("tenant.domain"),
                "contoso1.com").setId("partnerDomain");
        f.rowChoice("Partner's external access", partners.selected(), p -> p.mode, List.of(FederationMode.values()),
                FederationMode::label, partners.field("mode")).setId("partnerMode");
        f.rowChoice("B2B collaboration inbound", partners.selected(), p -> p.b2bInbound,
                List.of(AccessSetting.values()), FederationForm::accessName,
                partners.field("crossTenantAccess.b2bCollaborationInbound"));
        f.rowChoice("B2B collaboration outbound", partners.selected(), p -> p.b2bOutbound,
                List.of(AccessSetting.values()), FederationForm::accessName,
                partners.field("crossTenantAccess.b2bCollaborationOutbound"));
        partners.selectFirst();
        return new VBox(10, section("Teams external access"), host.grid(), hint, partners.node());
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
