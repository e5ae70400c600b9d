package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.AnonymousJoinPlan;
import com.tenantbridge.domain.plan.Attendee;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.domain.plan.MeetingPolicyPlan;
import com.tenantbridge.domain.plan.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** Scenario D's form: the meeting policy that admits anonymous users, and the meeting with the outside expert. */
public final class AnonymousJoinEditor extends SectionEditor<AnonymousJoinPlan> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    static final String START = "anonymousJoin.meeting.start";
    static final String END = "anonymousJoin.meeting.end";

    public static final class AttendeeRow implements SectionEditor.Row {
        public final StringProperty email = new SimpleStringProperty(this, "email", "");
        public final StringProperty name = new SimpleStringProperty(this, "name", "");

        @Override
        public Observable[] parts() {
            return new Observable[] {email, name};
        }
    }

    public final StringProperty policyName = watch(new SimpleStringProperty(this, "policyName", "RA-Anon"));
    public final ObjectProperty<AutoAdmittedUsers> autoAdmitted = watch(new SimpleObjectProperty<>(this,
            "autoAdmitted", AutoAdmittedUsers.Everyone));
    /** The organizers the named policy is assigned to, comma separated. */
    public final StringProperty assignTo = watch(new SimpleStringProperty(this, "assignTo", ""));
    public final StringProperty organizer = watch(new SimpleStringProperty(this, "organizer", ""));
    public final StringProperty subject = watch(new SimpleStringProperty(this, "subject", ""));
    public final ObjectProperty<LocalDate> date = watch(new SimpleObjectProperty<>(this, "date"));
    public final StringProperty startTime = watch(new SimpleStringProperty(this, "startTime", ""));
    public final StringProperty endTime = watch(new SimpleStringProperty(this, "endTime", ""));
    public final StringProperty timeZone = watch(new SimpleStringProperty(this, "timeZone", ""));
    public final ObservableList<AttendeeRow> attendees = watchedList();
    public final ObjectProperty<LobbyBypass> lobby = watch(new SimpleObjectProperty<>(this, "lobby",
            LobbyBypass.EVERYONE));
    private boolean touched;
    /** Spans of a day or more keep their end date, which the form (one date) cannot show. */
    private LocalDate endDate;

    public AttendeeRow addAttendee() {
        AttendeeRow a = new AttendeeRow();
        touched = true;
        attendees.add(a);
        return a;
    }

    public void removeAttendee(AttendeeRow a) {
        attendees.remove(a);
    }

    /** The organizer is who the policy must be assigned to; offer it when the list is still empty. */
    public void organizerToPolicy() {
        String o = Texts.value(organizer.get());
        if (o != null && Texts.list(assignTo.get()).stream().noneMatch(o::equalsIgnoreCase)) {
            List<String> all = new ArrayList<>(Texts.list(assignTo.get()));
            all.add(o);
            assignTo.set(Texts.join(all));
        }
    }

    @Override
    void load(AnonymousJoinPlan a) {
        touched = a != null;
        MeetingPolicyPlan p = a == null ? null : a.meetingPolicy();
        MeetingPlan m = a == null ? null : a.meeting();
        policyName.set(p == null ? "RA-Anon" : Texts.show(p.name()));
        autoAdmitted.set(p == null || p.autoAdmittedUsers() == null ? AutoAdmittedUsers.Everyone
                : p.autoAdmittedUsers());
        assignTo.set(p == null ? "" : Texts.join(p.assignTo()));
        organizer.set(m == null ? "" : Texts.show(m.organizer()));
        subject.set(m == null ? "" : Texts.show(m.subject()));
        date.set(m == null || m.start() == null ? null : m.start().toLocalDate());
        startTime.set(m == null || m.start() == null ? "" : m.start().toLocalTime().format(TIME));
        endTime.set(m == null || m.end() == null ? "" : m.end().toLocalTime().format(TIME));
        endDate = m == null || m.end() == null || m.start() == null || m.end().toLocalDate()
                .equals(m.start().toLocalDate()) ? null : m.end().toLocalDate();
        timeZone.set(m == null ? "" : Texts.show(m.timeZone()));
        attendees.setAll(m == null ? List.of() : m.attendees().stream().map(at -> {
            AttendeeRow row = new AttendeeRow();
            if (at != null) {
                row.email.set(Texts.show(at.email()));
                row.name.set(Texts.show(at.name()));
            }
            return row;
        }).toList());
        lobby.set(m == null || m.lobbyBypass() == null ? LobbyBypass.EVERYONE : m.lobbyBypass());
    }

    @Override
    AnonymousJoinPlan section() {
        if (!touched && attendees.isEmpty() && organizer.get().isBlank() && subject.get().isBlank()
                && date.get() == null) {
            return null;
        }
        LocalDate day = date.get();
        LocalTime start = time(startTime.get());
        LocalTime end = time(endTime.get());
        MeetingPolicyPlan policy = new MeetingPolicyPlan(Texts.value(policyName.get()), autoAdmitted.get(),
                Texts.list(assignTo.get()));
        MeetingPlan meeting = new MeetingPlan(Texts.value(organizer.get()), Texts.value(subject.get()),
                day == null || start == null ? null : LocalDateTime.of(day, start),
                day == null || end == null ? null : LocalDateTime.of(endDate == null ? day : endDate, end),
                Texts.value(timeZone.get()),
                attendees.stream().map(a -> new Attendee(Texts.value(a.email.get()), Texts.value(a.name.get())))
                        .toList(),
                lobby.get());
        return new AnonymousJoinPlan(policy, meeting);
    }

    @Override
    List<Problem> inputProblems() {
        List<Problem> problems = new ArrayList<>();
        if (date.get() == null && (!startTime.get().isBlank() || !endTime.get().isBlank())) {
            problems.add(Problem.error(START, "choose the meeting's date"));
        }
        timeProblem(START, startTime.get()).ifPresent(problems::add);
        timeProblem(END, endTime.get()).ifPresent(problems::add);
        return problems;
    }

    private static java.util.Optional<Problem> timeProblem(String path, String text) {
        if (text == null || text.isBlank() || time(text) != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Problem.error(path, "\u201c" + text.strip() + "\u201d is not a time of day;"
                + " write it as 09:30 or 14:00"));
    }

    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
