package com.tenantbridge.demo;

import static com.tenantbridge.demo.DemoUsersContractTest.odataError;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.Attendee;
import com.microsoft.graph.models.AttendeeType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.LobbyBypassScope;
import com.microsoft.graph.models.LobbyBypassSettings;
import com.microsoft.graph.models.OnlineMeeting;
import com.microsoft.graph.models.OnlineMeetingProviderType;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCalendarContractTest extends DemoFixture {

    private final GraphServiceClient abc = graph("abc.com");

    static Event teamsMeeting(String transactionId) {
        Event e = new Event();
        e.setSubject("Remote Assist with the OEM expert");
        DateTimeTimeZone start = new DateTimeTimeZone();
        start.setDateTime("2027-01-14T09:00:00");
        start.setTimeZone("Europe/Berlin");
        DateTimeTimeZone end = new DateTimeTimeZone();
        end.setDateTime("2027-01-14T10:00:00");
        end.setTimeZone("Europe/Berlin");
        e.setStart(start);
        e.setEnd(end);
        Attendee expert = new Attendee();
        EmailAddress address = new EmailAddress();
        address.setAddress("oem-expert@fabrikam.com");
        address.setName("OEM expert");
        expert.setEmailAddress(address);
        expert.setType(AttendeeType.Required);
        e.setAttendees(List.of(expert));
        e.setIsOnlineMeeting(true);
        e.setOnlineMeetingProvider(OnlineMeetingProviderType.TeamsForBusiness);
        e.setTransactionId(transactionId);
        return e;
    }

    @Test
    void aCalendarEventGetsATeamsMeetingWhoseLobbyCanBeSet() {
        Event event = abc.users().byUserId("Technician1@abc.com").events().post(teamsMeeting("tx-1"));
        assertThat(event.getIsOnlineMeeting()).isTrue();
        String joinUrl = event.getOnlineMeeting().getJoinUrl();
        assertThat(joinUrl).startsWith("https://teams.microsoft.com/l/meetup-join/19%3Ameeting_");
        assertThat(event.getAttendees()).extracting(a -> a.getEmailAddress().getAddress())
                .containsExactly("oem-expert@fabrikam.com");
        assertThat(event.getOrganizer().getEmailAddress().getAddress()).isEqualTo("Technician1@abc.com");

        List<OnlineMeeting> found = abc.users().byUserId("Technician1@abc.com").onlineMeetings()
                .get(rc -> rc.queryParameters.filter = "JoinWebUrl eq '" + joinUrl + "'").getValue();
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.getJoinWebUrl()).isEqualTo(joinUrl);
            assertThat(m.getStartDateTime()).isEqualTo(OffsetDateTime.parse("2027-01-14T08:00:00Z"));
            assertThat(m.getLobbyBypassSettings().getScope()).isEqualTo(LobbyBypassScope.Organization);
        });

        OnlineMeeting patch = new OnlineMeeting();
        LobbyBypassSettings lobby = new LobbyBypassSettings();
        lobby.setScope(LobbyBypassScope.Everyone);
        lobby.setIsDialInBypassEnabled(true);
        patch.setLobbyBypassSettings(lobby);
        OnlineMeeting patched = abc.users().byUserId("Technician1@abc.com").onlineMeetings()
                .byOnlineMeetingId(found.get(0).getId()).patch(patch);
        assertThat(patched.getLobbyBypassSettings().getScope()).isEqualTo(LobbyBypassScope.Everyone);
        assertThat(abc.users().byUserId("Technician1@abc.com").onlineMeetings().byOnlineMeetingId(found.get(0).getId())
                .get().getLobbyBypassSettings().getIsDialInBypassEnabled()).isTrue();
    }

    @Test
    void theSameTransactionIdDoesNotBookTwice() {
        Event first = abc.users().byUserId("Technician1@abc.com").events().post(teamsMeeting("tx-retry"));
        Event retried = abc.users().byUserId("Technician1@abc.com").events().post(teamsMeeting("tx-retry"));
        assertThat(retried.getId()).isEqualTo(first.getId());
        assertThat(abc.users().byUserId("Technician1@abc.com").events().get().getValue()).hasSize(1);
    }

    @Test
    void anAccountWithoutAMailboxCannotHoldEvents() {
        User sa = abc.users().post(DemoUsersContractTest.serviceAccount("NoMailbox_SA", "US"));
        var e = odataError(() -> abc.users().byUserId(sa.getId()).events().post(teamsMeeting("tx-2")));
        assertThat(e.getResponseStatusCode()).isEqualTo(404);
        assertThat(e.getError().getCode()).isEqualTo("MailboxNotEnabledForRESTAPI");
    }

    @Test
    void aStandaloneOnlineMeetingIsNotOnTheCalendar() {
        OnlineMeeting standalone = new OnlineMeeting();
        standalone.setSubject("Standalone");
        standalone.setStartDateTime(OffsetDateTime.parse("2027-01-14T08:00:00Z"));
        standalone.setEndDateTime(OffsetDateTime.parse("2027-01-14T09:00:00Z"));
        OnlineMeeting created = abc.users().byUserId("Technician2@abc.com").onlineMeetings().post(standalone);
        assertThat(created.getJoinWebUrl()).startsWith("https://teams.microsoft.com/l/meetup-join/");
        assertThat(abc.users().byUserId("Technician2@abc.com").onlineMeetings().get(rc -> rc.queryParameters.filter =
                "JoinWebUrl eq '" + created.getJoinWebUrl() + "'").getValue()).hasSize(1);
        assertThat(abc.users().byUserId("Technician2@abc.com").events().get().getValue())
                .as("HoloLens lists calendar events only, so a standalone meeting would not show").isEmpty();
    }

    @Test
    void listingOnlineMeetingsNeedsAFilter() {
        assertThat(odataError(() -> abc.users().byUserId("Technician1@abc.com").onlineMeetings().get())
                .getResponseStatusCode()).isEqualTo(400);
    }

    @Test
    void deletingTheEventRemovesItsMeeting() {
        Event event = abc.users().byUserId("Technician1@abc.com").events().post(teamsMeeting("tx-3"));
        abc.users().byUserId("Technician1@abc.com").events().byEventId(event.getId()).delete();
        assertThat(abc.users().byUserId("Technician1@abc.com").onlineMeetings().get(rc -> rc.queryParameters.filter =
                "JoinWebUrl eq '" + event.getOnlineMeeting().getJoinUrl() + "'").getValue()).isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        Event e = teamsMeeting("tx-4");
        e.getEnd().setDateTime("2027-01-14T08:00:00");
        assertThat(odataError(() -> abc.users().byUserId("Technician1@abc.com").events().post(e)).getError()
                .getMessage()).isEqualTo("The end time must be after the start time.");
    }
}
