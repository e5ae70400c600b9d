package com.tenantbridge.ui.details;

import com.tenantbridge.domain.licensing.Sku;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.PolicyKind;
import com.tenantbridge.domain.plan.SegmentAttribute;
import com.tenantbridge.domain.plan.SupportDates;
import com.tenantbridge.ui.common.FieldMarks;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The vendor form: the licence, the service accounts (with CSV import), and optional information barriers. */
final class VendorForm {
    private VendorForm() {
    }

    static String sku(Sku s) {
        return s.isKnown() ? s.productName() + " (" + s.partNumber() + ")" : s.partNumber();
    }

    /** The product's name (a SKU the catalogue does not know by its part number), with the tenant's free seats. */
    static String licence(VendorEditor editor, Sku s) {
        if (s.endsWithRemoteAssist()) {
            return s.productName().replace("Dynamics 365 ", "") + ", ends " + SupportDates.REMOTE_ASSIST_END;
        }
        return s.productName() + editor.freeSeats(s).map(n -> " \u00b7 " + n + " free").orElse("");
    }

    static String device(Device d) {
        return d == Device.HOLOLENS ? "HoloLens" : "Mobile (iOS, Android)";
    }

    static Node build(VendorEditor editor, FieldMarks marks, Runnable importCsv, Runnable suggestBarriers) {
        Forms top = new Forms(marks);
        // The product's name only: with its part number it does not fit a narrow window; the summary names both.
        // Any licence that gives the accounts Teams; one that cannot be bought any more says when it ends.
        javafx.scene.control.ComboBox<Sku> licence = top.choice("Account _licence (with Teams)", editor.licence,
                editor.licenceChoices, s -> licence(editor, s), "vendors.licence");
        licence.setItems(editor.licenceChoices);
        licence.setId("vendorLicence");
        // The shown value names the tenant's free seats once read: a new button cell redraws it.
        editor.seatsRead.addListener((o, was, now) -> licence.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Sku item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : licence(editor, item));
            }
        }));

        RowList<VendorEditor.Account> accounts = new RowList<>("accounts", "Service accounts", editor.accounts,
                "vendors.accounts", marks, editor::addAccount, editor::removeAccount)
                .column("Display name", a -> a.displayName)
                .column("User name", a -> a.userPrincipalName)
                .column("Contact", a -> a.contactEmail)
                .column("Company", a -> a.company)
                .column("Segment", a -> a.segment);
        Button importButton = new Button("Import CSV\u2026");
        importButton.setId("importCsv");
        importButton.setGraphic(new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setOnAction(e -> importCsv.run());
        importButton.setTooltip(new javafx.scene.control.Tooltip("Columns: " + String.join(", ",
                com.tenantbridge.service.plan.VendorCsv.COLUMNS) + " (header row first)"));
        accounts.buttons().getChildren().add(importButton);
        Forms f = accounts.form();
        f.rowText("_Display name", accounts.selected(), a -> a.displayName, accounts.field("displayName"),
                "Vendor1 A (service account)").setId("accountName");
        f.rowText("_User name (UPN)", accounts.selected(), a -> a.userPrincipalName,
                accounts.field("userPrincipalName"), "Vendor1_A_SA@abc.com").setId("accountUpn");
        f.rowText("_Contact email", accounts.selected(), a -> a.contactEmail, accounts.field("contactEmail"),
                "a.person@vendor1.com").setId("accountContact");
        f.rowText("Com_pany", accounts.selected(), a -> a.company, accounts.field("company"), "Vendor1")
                .setId("accountCompany");
        f.rowText("Usage _location", accounts.selected(), a -> a.usageLocation, accounts.field("usageLocation"),
                "US").setId("accountLocation");
        f.rowChoice("Device", accounts.selected(), a -> a.device, List.of(Device.values()), VendorForm::device,
                accounts.field("device"));
        f.rowText("Segment", accounts.selected(), a -> a.segment, accounts.field("segment"), "V1_RemoteAssistUser");
        accounts.selectFirst();

        CheckBox barriers = new CheckBox("Keep vendors of different companies apart with information barriers");
        barriers.setId("useBarriers");
        barriers.selectedProperty().bindBidirectional(editor.barriers);
        Forms ib = new Forms(marks);
        ib.choice("Segments by", editor.attribute, List.of(SegmentAttribute.values()),
                a -> a == SegmentAttribute.MEMBER_OF ? "Group membership (MemberOf)" : a.filterName(),
                "vendors.informationBarriers.attribute");
        ib.choice("Barrier licence", editor.barrierLicence, editor.barrierChoices, VendorForm::sku,
                "vendors.informationBarriers.licence").setItems(editor.barrierChoices);
        Button suggest = new Button("Suggest from the companies");
        suggest.setId("suggestBarriers");
        suggest.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
        suggest.setOnAction(e -> suggestBarriers.run());
        Label suggestHint = new Label("One pair of segments per company, as Microsoft's example: its service"
                + " accounts and your support engineers for it, each allowed to reach only the other.");
        suggestHint.setWrapText(true);
        suggestHint.getStyleClass().add("hint");

        String base = "vendors.informationBarriers";
        RowList<VendorEditor.SegmentRow> segments = new RowList<>("segments", "Segments", editor.segments,
                base + ".segments", marks, editor::addSegment, editor.segments::remove)
                .column("Name", s -> s.name).column("Value", s -> s.value).column("Members", s -> s.members);
        segments.form().rowText("Segment name", segments.selected(), s -> s.name, segments.field("name"),
                "V1_SupportEngineer");
        segments.form().rowText("Value", segments.selected(), s -> s.value, segments.field("value"),
                "the group name (or department, company)");
        segments.form().rowText("Existing members", segments.selected(), s -> s.members, segments.field("members"),
                "Expert1@abc.com, Expert2@abc.com").setId("segmentMembers");
        segments.selectFirst();
        RowList<VendorEditor.PolicyRow> policies = new RowList<>("policies", "Policies", editor.policies,
                base + ".policies", marks, editor::addPolicy, editor.policies::remove)
                .column("Name", p -> p.name).column("Segment", p -> p.segment)
                .column("Kind", p -> p.kind.map(k -> k == null ? "" : k == PolicyKind.ALLOW ? "Allow" : "Block"))
                .column("Segments", p -> p.segments);
        policies.form().rowText("Policy name", policies.selected(), p -> p.name, policies.field("name"),
                "V1_RemoteAssistUser-allow");
        policies.form().rowText("For segment", policies.selected(), p -> p.segment, policies.field("segment"),
                "V1_RemoteAssistUser");
        policies.form().rowChoice("Kind", policies.selected(), p -> p.kind, List.of(PolicyKind.values()),
                k -> k == PolicyKind.ALLOW ? "Allow only these segments" : "Block these segments",
                policies.field("kind"));
        policies.form().rowText("Segments", policies.selected(), p -> p.segments, policies.field("segments"),
                "V1_RemoteAssistUser, V1_SupportEngineer");
        policies.selectFirst();
        VBox barrierBox = new VBox(10, ib.grid(), new javafx.scene.layout.HBox(10, suggest), suggestHint,
                segments.node(), policies.node());
        barrierBox.visibleProperty().bind(editor.barriers);
        barrierBox.managedProperty().bind(editor.barriers);
        return new VBox(10, FederationForm.section("Licence"), top.grid(), accounts.node(),
                FederationForm.section("Information barriers"), barriers, barrierBox);
    }
}
