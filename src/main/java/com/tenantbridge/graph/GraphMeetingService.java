package com.tenantbridge.graph;

import com.microsoft.graph.models.Attendee;
import com.microsoft.graph.models.AttendeeType;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.LobbyBypassScope;
import com.microsoft.graph.models.LobbyBypassSettings;
import com.microsoft.graph.models.OnlineMeeting;
import com.microsoft.graph.models.OnlineMeetingProviderType;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.domain.plan.LobbyBypass;
import com.tenantbridge.service.port.MeetingEvent;
import com.tenantbridge.service.port.MeetingRequest;
import com.tenantbridge.service.port.MeetingService;
import com.tenantbridge.service.port.OnlineMeetingInfo;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Calendar events with a Teams meeting: a standalone online meeting would not appear on the organizer's
 * calendar, and HoloLens Remote Assist lists only calendar meetings under "Join Meeting".
 */
public final class GraphMeetingService implements MeetingService {

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final GraphServiceClient graph;

    public GraphMeetingService(GraphServiceClient graph) {
        this.graph = graph;
    }

    /** The organizer's events are read page by page and matched on transactionId here; no subject filter is used. */
    @Override
    public Optional<MeetingEvent> findEvent(String organizer, String transactionId) {
        // calendar-list-events pages its answer; Graph's pages document no $filter on transactionId, so every page is
        // read until the event turns up (the first hundred events of a busy calendar are not all of it).
        com.microsoft.graph.models.EventCollectionResponse first = GraphErrors.call("read the calendar of " + organizer,
                () -> graph.users().byUserId(organizer).events().get(rc -> {
                    rc.queryParameters.select = new String[] {"id", "subject", "transactionId", "onlineMeeting"};
                    rc.queryParameters.top = 100;
                }));
        java.util.concurrent.atomic.AtomicReference<Event> found = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            new com.microsoft.graph.core.tasks.PageIterator.Builder<Event,
                    com.microsoft.graph.models.EventCollectionResponse>()
                    .client(graph).collectionPage(first)
                    .collectionPageFactory(
                            com.microsoft.graph.models.EventCollectionResponse::createFromDiscriminatorValue)
                    .processPageItemCallback(e -> {
                        if (transactionId.equals(e.getTransactionId())) {
                            found.set(e);
                            return false;
                        }
                        return true;
                    }).build().iterate();
        } catch (ReflectiveOperationException e) {
            throw new com.tenantbridge.service.port.PortException(0, "", "could not page through the calendar of "
                    + organizer + ": " + e.getMessage(), e);
        } catch (com.microsoft.kiota.ApiException e) {
            throw GraphErrors.translate("read the calendar of " + organizer, e);
        }
        return Optional.ofNullable(found.get()).map(this::toEvent);
    }

    @Override
    public MeetingEvent createEvent(String organizer, MeetingRequest request) {
        Event e = new Event();
        e.setSubject(request.subject());
        e.setStart(at(request.start().format(WALL_CLOCK), request.timeZone()));
        e.setEnd(at(request.end().format(WALL_CLOCK), request.timeZone()));
        e.setAttendees(request.attendees().stream().map(i -> {
            Attendee a = new Attendee();
            EmailAddress address = new EmailAddress();
            address.setAddress(i.email());
            address.setName(i.name() == null ? i.email() : i.name());
            a.setEmailAddress(address);
            a.setType(AttendeeType.Required);
            return a;
        }).toList());
        e.setIsOnlineMeeting(true);
        e.setOnlineMeetingProvider(OnlineMeetingProviderType.TeamsForBusiness);
        e.setTransactionId(request.transactionId());
        return toEvent(GraphErrors.call("schedule the meeting on " + organizer + "'s calendar",
                () -> graph.users().byUserId(organizer).events().post(e)));
    }

    @Override
    public void deleteEvent(String organizer, String eventId) {
        GraphErrors.run("delete the meeting from " + organizer + "'s calendar",
                () -> graph.users().byUserId(organizer).events().byEventId(eventId).delete());
    }

    @Override
    public Optional<OnlineMeetingInfo> findOnlineMeeting(String organizer, String joinUrl) {
        String literal = joinUrl.replace("'", "''");
        List<OnlineMeeting> meetings = GraphErrors.call("find the Teams meeting of " + organizer,
                () -> graph.users().byUserId(organizer).onlineMeetings()
                        .get(rc -> rc.queryParameters.filter = "JoinWebUrl eq '" + literal + "'")).getValue();
        return meetings.stream().findFirst().map(m -> new OnlineMeetingInfo(m.getId(), m.getJoinWebUrl(),
                m.getLobbyBypassSettings() == null ? null : lobby(m.getLobbyBypassSettings().getScope())));
    }

    @Override
    public void setLobby(String organizer, String meetingId, LobbyBypass lobby) {
        OnlineMeeting patch = new OnlineMeeting();
        LobbyBypassSettings settings = new LobbyBypassSettings();
        settings.setScope(scope(lobby));
        settings.setIsDialInBypassEnabled(lobby == LobbyBypass.EVERYONE);
        patch.setLobbyBypassSettings(settings);
        GraphErrors.run("set the lobby of the Teams meeting",
                () -> graph.users().byUserId(organizer).onlineMeetings().byOnlineMeetingId(meetingId).patch(patch));
    }

    private MeetingEvent toEvent(Event e) {
        return new MeetingEvent(e.getId(), e.getTransactionId(),
                e.getOnlineMeeting() == null ? null : e.getOnlineMeeting().getJoinUrl());
    }

    private static DateTimeTimeZone at(String dateTime, String zone) {
        DateTimeTimeZone t = new DateTimeTimeZone();
        t.setDateTime(dateTime);
        t.setTimeZone(zone);
        return t;
    }

    static LobbyBypassScope scope(LobbyBypass lobby) {
        return switch (lobby) {
            case ORGANIZER -> LobbyBypassScope.Organizer;
            case ORGANIZATION -> LobbyBypassScope.Organization;
            case ORGANIZATION_AND_FEDERATED -> LobbyBypassScope.OrganizationAndFederated;
            case EVERYONE -> LobbyBypassScope.Everyone;
            case INVITED -> LobbyBypassScope.Invited;
            case ORGANIZATION_EXCLUDING_GUESTS -> LobbyBypassScope.OrganizationExcludingGuests;
        };
    }

    static LobbyBypass lobby(LobbyBypassScope scope) {
        if (scope == null) {
            return null;
        }
        return switch (scope) {
            case Organizer -> LobbyBypass.ORGANIZER;
            case Organization -> LobbyBypass.ORGANIZATION;
            case OrganizationAndFederated -> LobbyBypass.ORGANIZATION_AND_FEDERATED;
            case Everyone -> LobbyBypass.EVERYONE;
            case Invited -> LobbyBypass.INVITED;
            case OrganizationExcludingGuests -> LobbyBypass.ORGANIZATION_EXCLUDING_GUESTS;
            default -> null;
        };
    }
}
