package com.tenantbridge.demo;

import static com.tenantbridge.demo.DemoUsersContractTest.odataError;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.graph.GraphClients;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /me is the signed-in user, as Graph documents it: "GET /me" (user-get, User.Read least) and every path under it
 * as the same path under /users/{id} ("POST /me/events", user-post-events, Calendars.ReadWrite). A path the demo
 * does not serve is answered as Graph answers an unknown segment (400 BadRequest), never with a made-up 403.
 */
class DemoMeContractTest extends DemoFixture {

    private static GraphServiceClient as(String user, String... scopes) {
        return GraphClients.demoDelegated(server.graphBaseUrl(), user, List.of(scopes));
    }

    @Test
    void meIsTheSignedInUserWithUserReadAlone() {
        var me = as("Technician1@abc.com", "User.Read").me().get();
        assertThat(me.getUserPrincipalName()).isEqualTo("Technician1@abc.com");
        assertThat(me.getMail()).isEqualTo("Technician1@abc.com");
        assertThat(odataError(() -> as("Technician1@abc.com", "Calendars.ReadWrite").me().get())
                .getResponseStatusCode()).as("without a permission that reads the user").isEqualTo(403);
    }

    @Test
    void anEventPostedToMeLandsOnTheSignedInUsersOwnCalendar() {
        var event = as("Expert1@abc.com", "Calendars.ReadWrite").me().events()
                .post(DemoCalendarContractTest.teamsMeeting("me-1"));
        assertThat(event.getOrganizer().getEmailAddress().getAddress()).isEqualTo("Expert1@abc.com");
        assertThat(graph("abc.com").users().byUserId("Expert1@abc.com").events().byEventId(event.getId()).get()
                .getSubject()).isEqualTo(event.getSubject());
        assertThat(odataError(() -> as("Expert1@abc.com", "User.Read").me().events()
                .post(DemoCalendarContractTest.teamsMeeting("me-2"))).getResponseStatusCode()).isEqualTo(403);
    }

    @Test
    void aPathTheDemoDoesNotServeIsAnUnknownSegmentNotAMadeUpRefusal() {
        var e = odataError(() -> as("Technician1@abc.com", "User.Read").me().drive().get());
        assertThat(e.getResponseStatusCode()).isEqualTo(400);
        assertThat(e.getError().getCode()).isEqualTo("BadRequest");
        assertThat(e.getError().getMessage()).contains("Resource not found for the segment");
    }
}
