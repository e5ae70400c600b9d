package com.tenantbridge.demo;

import static com.tenantbridge.demo.DemoUsersContractTest.odataError;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.Event;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.graph.GraphClients;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A demo token says who signed in and what was granted; each call needs the least permission its Graph reference
 * page lists (or a higher one), and another user's calendar needs sharing: 403 as Graph answers otherwise.
 */
class DemoPermissionsContractTest extends DemoFixture {

    private static GraphServiceClient as(String user, String... scopes) {
        return GraphClients.demoDelegated(server.graphBaseUrl(), user, List.of(scopes));
    }

    @Test
    void readingUsersNeedsUserReadAllOrHigher() {
        assertThat(odataError(() -> as("admin@abc.com", "Organization.Read.All").users().get()).getError().getCode())
                .isEqualTo("Authorization_RequestDenied");
        assertThat(as("admin@abc.com", "User.Read.All").users().get().getValue()).isNotEmpty();
        assertThat(as("admin@abc.com", "Directory.Read.All").users().get().getValue()).as("a higher one").isNotEmpty();
    }

    @Test
    void creatingAUserNeedsUserReadWriteAll() {
        var denied = odataError(() -> as("admin@abc.com", "User.Read.All").users().post(
                DemoUsersContractTest.serviceAccount("Perm1_SA", "US")));
        assertThat(denied.getResponseStatusCode()).isEqualTo(403);
        assertThat(denied.getError().getMessage()).contains("User.ReadWrite.All");
        assertThat(as("admin@abc.com", "User.ReadWrite.All").users().post(
                DemoUsersContractTest.serviceAccount("Perm2_SA", "US")).getId()).isNotBlank();
    }

    @Test
    void anotherUsersCalendarOnlyWhenSharedAndWithTheSharedScope() {
        // A fresh event per call: the SDK's backing store sends only what changed since the last send.
        java.util.function.Supplier<Event> meeting = () -> DemoCalendarContractTest.teamsMeeting("perm-"
                + System.nanoTime());
        var notShared = odataError(() -> as("admin@abc.com", "Calendars.ReadWrite", "Calendars.ReadWrite.Shared")
                .users().byUserId("Technician2@abc.com").events().post(meeting.get()));
        assertThat(notShared.getError().getCode()).isEqualTo("ErrorAccessDenied");
        var withoutScope = odataError(() -> as("admin@abc.com", "Calendars.ReadWrite").users()
                .byUserId("Technician1@abc.com").events().post(meeting.get()));
        assertThat(withoutScope.getError().getCode()).isEqualTo("ErrorAccessDenied");
        assertThat(as("admin@abc.com", "Calendars.ReadWrite", "Calendars.ReadWrite.Shared").users()
                .byUserId("Technician1@abc.com").events().post(meeting.get()).getId()).as("shared with the admin")
                .isNotBlank();
        assertThat(as("Technician2@abc.com", "Calendars.ReadWrite").users().byUserId("Technician2@abc.com").events()
                .post(DemoCalendarContractTest.teamsMeeting("own-" + System.nanoTime())).getId()).as("one's own")
                .isNotBlank();
    }

    @Test
    void theTenantAdminTokenStillDoesEverythingAndAnUnknownUserIsNoToken() {
        assertThat(graph("abc.com").users().get().getValue()).isNotEmpty();
        assertThat(odataError(() -> as("nobody@abc.com", "User.Read.All").users().get()).getResponseStatusCode())
                .isEqualTo(401);
    }
}
