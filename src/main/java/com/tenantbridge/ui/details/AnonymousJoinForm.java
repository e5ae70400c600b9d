package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.ui.common.FieldMarks;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The anonymous-join form: the meeting policy that admits anonymous users, and the meeting itself. */
final class AnonymousJoinForm {
    private AnonymousJoinForm() {
    }

    static String lobby(LobbyBypass l) {
        return switch (l) {
            case EVERYONE -> "Everyone, anonymous users too";
            case ORGANIZATION -> "People in the organization";
            case ORGANIZATION_AND_FEDERATED -> "People in the organization and trusted organizations";
            case ORGANIZATION_EXCLUDING_GUESTS -> "People in the organization, not guests";
            case INVITED -> "People who were invited";
            case ORGANIZER -> "Only the organizer";
        };
    }

    static Node build(AnonymousJoinEditor editor, FieldMarks marks) {
        String pp = "anonymousJoin.meetingPolicy";
        String mp = "anonymousJoin.meeting";
        Forms policy = new Forms(marks);
        policy.text("_Policy name", editor.policyName, pp + ".name", "RA-Anon").setId("policyName");
        policy.choice("Who skips the lobby", editor.autoAdmitted, List.of(AutoAdmittedUsers.values()),
                AutoAdmittedUsers::name, pp + ".autoAdmittedUsers");
        policy.text("_Assigned to", editor.assignTo, pp + ".assignTo", "Technician1@abc.com").setId("assignTo");
        Label policyHint = new Label("A named policy assigned to the technicians who organize these meetings keeps"
                + " anonymous join away from everyone else's meetings (Maester MT.1046).");
        policyHint.setWrapText(true);
        policyHint.getStyleClass().add("hint");

        Forms meeting = new Forms(marks);
        meeting.text("_Organizer (HoloLens user)", editor.organizer, mp + ".organizer", "Technician1@abc.com")
                .setId("organizer");
        Button toPolicy = new Button("Assign the policy to the organizer");
        toPolicy.setId("organizerToPolicy");
        toPolicy.setOnAction(e -> editor.organizerToPolicy());
        toPolicy.disableProperty().bind(editor.organizer.isEmpty());
        meeting.add("", toPolicy, List::of);
        meeting.text("_Subject", editor.subject, mp + ".subject", "Remote Assist: …").setId("subject");
        DatePicker date = new DatePicker();
        date.setId("meetingDate");
        date.valueProperty().bindBidirectional(editor.date);
        meeting.add("_Date", date, () -> List.of());
        meeting.text("S_tarts at", editor.startTime, mp + ".start", "09:00").setId("startTime");
        meeting.text("_Ends at", editor.endTime, mp + ".end", "10:00").setId("endTime");
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(
                ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        zone.setEditable(true);
        zone.setId("timeZone");
        zone.valueProperty().bindBidirectional(editor.timeZone);
        meeting.add("Time _zone", zone, () -> List.of(mp + ".timeZone"));
        meeting.choice("Who skips the _lobby", editor.lobby, List.of(LobbyBypass.values()), AnonymousJoinForm::lobby,
                mp + ".lobbyBypass");
        Label lobbyHint = new Label("A HoloLens organizer cannot let people in from the lobby: for them, choose"
                + " \u201cEveryone, anonymous users too\u201d.");
        lobbyHint.setWrapText(true);
        lobbyHint.getStyleClass().add("hint");
        meeting.add("", lobbyHint, List::of);

        RowList<AnonymousJoinEditor.AttendeeRow> attendees = new RowList<>("attendees", "Invited experts",
                editor.attendees, mp + ".attendees", marks, editor::addAttendee, editor::removeAttendee)
                .column("Email", a -> a.email).column("Name", a -> a.name);
        attendees.form().rowText("E_mail", attendees.selected(), a -> a.email, attendees.field("email"),
                "oem-expert@fabrikam.com").setId("attendeeEmail");
        attendees.form().rowText("Name", attendees.selected(), a -> a.name, attendees.field("name"),
                "OEM expert (Fabrikam)");
        attendees.selectFirst();
        return new VBox(10, FederationForm.section("Meeting policy"), policy.grid(), policyHint,
                FederationForm.section("Meeting"), meeting.grid(), attendees.node(), new HBox());
    }
}
