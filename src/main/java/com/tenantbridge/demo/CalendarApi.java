package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * /users/{id}/events and /users/{id}/onlineMeetings. A calendar event with isOnlineMeeting gets a Teams
 * meeting (onlineMeeting.joinUrl) that can then be found by JoinWebUrl and patched, e.g. its lobby.
 */
final class CalendarApi {

    private static final Set<String> MEETING_PATCHABLE = Set.of("subject", "startDateTime", "endDateTime",
            "lobbyBypassSettings", "allowedPresenters", "isEntryExitAnnounced", "participants", "allowMeetingChat",
            "allowTeamworkReactions", "recordAutomatically", "allowAttendeeToEnableCamera",
            "allowAttendeeToEnableMic");
    private static final Set<String> LOBBY_SCOPES = Set.of("organizer", "organization", "organizationAndFederated",
            "everyone", "invited", "organizationExcludingGuests");

    GraphResponse handle(GraphRequest req, ObjectNode user) {
        List<String> s = req.segments;
        return switch (s.get(2)) {
            case "events" -> events(req, user);
            case "onlineMeetings" -> onlineMeetings(req, user);
            default -> throw GraphError.noRoute(req.method, req.path);
        };
    }

    // ---- events --------------------------------------------------------------------------------------

    private GraphResponse events(GraphRequest req, ObjectNode user) {
        TenantState t = req.tenant;
        String userId = user.path("id").asText();
        requireMailbox(user);
        LinkedHashMap<String, ObjectNode> events = t.events.computeIfAbsent(userId, k -> new LinkedHashMap<>());
        List<String> s = req.segments;
        if (s.size() == 3) {
            return switch (req.method) {
                case "GET" -> ODataList.page(req, events.values(), "users('" + userId + "')/events", null);
                case "POST" -> createEvent(req, user, events);
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        ObjectNode event = events.get(s.get(3));
        if (event == null || s.size() > 4) {
            throw new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }
        return switch (req.method) {
            case "GET" -> ODataList.entity(req, event, "users('" + userId + "')/events", null);
            case "DELETE" -> {
                events.remove(s.get(3));
                String meetingId = event.path("_meetingId").asText(null);
                if (meetingId != null && t.onlineMeetings.containsKey(userId)) {
                    t.onlineMeetings.get(userId).remove(meetingId);
                }
                t.markChanged();
                yield GraphResponse.noContent();
            }
            default -> throw GraphError.methodNotAllowed(req.method);
        };
    }

    private GraphResponse createEvent(GraphRequest req, ObjectNode user, LinkedHashMap<String, ObjectNode> events) {
        TenantState t = req.tenant;
        ObjectNode body = req.bodyObject();
        String transactionId = body.path("transactionId").asText(null);
        if (transactionId != null) {
            for (ObjectNode existing : events.values()) {
                if (transactionId.equals(existing.path("transactionId").asText(null))) {
                    // Graph's transactionId exists so a retried POST does not book the meeting twice.
                    return GraphResponse.created(ODataList.entityBody(req, existing, "users('" + user.path("id")
                            .asText() + "')/events", null));
                }
            }
        }
        Instant start = instant(body.path("start"), "start");
        Instant end = instant(body.path("end"), "end");
        if (!end.isAfter(start)) {
            throw new GraphError(400, "ErrorInvalidRequest", "The end time must be after the start time.");
        }
        ArrayNode attendees = Json.array();
        for (JsonNode a : body.path("attendees")) {
            String address = a.path("emailAddress").path("address").asText("");
            if (!Addresses.isEmail(address)) {
                throw new GraphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid: '" + address
                        + "'.");
            }
            ObjectNode attendee = Json.object();
            attendee.put("type", a.path("type").asText("required"));
            ObjectNode status = attendee.putObject("status");
            status.put("response", "none");
            status.put("time", "0001-01-01T00:00:00Z");
            ObjectNode email = attendee.putObject("emailAddress");
            email.put("name", a.path("emailAddress").path("name").asText(address));
            email.put("address", address);
            attendees.add(attendee);
        }
        String id = "AAMkA" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        ObjectNode event = Json.object();
        event.put("id", id);
        event.put("createdDateTime", Instant.ofEpochMilli(t.now()).toString());
        event.put("lastModifiedDateTime", Instant.ofEpochMilli(t.now()).toString());
        event.put("iCalUId", "040000008200E00074C5B7101A82E008" + UUID.randomUUID().toString().replace("-", ""));
        event.put("subject", body.path("subject").asText(""));
        event.set("body", body.has("body") ? body.get("body").deepCopy() : Json.object());
        event.set("start", body.get("start").deepCopy());
        event.set("end", body.get("end").deepCopy());
        event.set("attendees", attendees);
        ObjectNode organizer = event.putObject("organizer").putObject("emailAddress");
        organizer.put("name", user.path("displayName").asText());
        organizer.put("address", user.path("mail").asText());
        event.put("transactionId", transactionId);
        event.put("webLink", "https://outlook.office365.com/owa/?itemid=" + id + "&exvsurl=1&path=/calendar/item");
        boolean online = body.path("isOnlineMeeting").asBoolean(false);
        event.put("isOnlineMeeting", online);
        if (online) {
            event.put("onlineMeetingProvider", body.path("onlineMeetingProvider").asText("teamsForBusiness"));
            ObjectNode meeting = newMeeting(t, user, event.path("subject").asText(), start, end, attendees);
            meeting.put("_eventId", id);
            event.putObject("onlineMeeting").put("joinUrl", meeting.path("joinWebUrl").asText());
            event.put("_meetingId", meeting.path("id").asText());
        } else {
            event.put("onlineMeetingProvider", "unknown");
            event.putNull("onlineMeeting");
        }
        events.put(id, event);
        t.markChanged();
        return GraphResponse.created(ODataList.entityBody(req, event, "users('" + user.path("id").asText()
                + "')/events", null));
    }

    /** Graph's dateTimeTimeZone: a wall-clock dateTime and the zone it is in (IANA or Windows name). */
    private static Instant instant(JsonNode dateTimeTimeZone, String field) {
        String dateTime = dateTimeTimeZone.path("dateTime").asText(null);
        String zone = dateTimeTimeZone.path("timeZone").asText(null);
        if (dateTime == null || zone == null) {
            throw new GraphError(400, "ErrorInvalidRequest", "The " + field + " time is missing or incomplete.");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (RuntimeException e) {
            if (!zone.endsWith("Standard Time")) {
                throw new GraphError(400, "TimeZoneNotSupportedException", "A valid TimeZone value must be specified."
                        + " The following TimeZone value is not supported: '" + zone + "'.");
            }
            zoneId = ZoneOffset.UTC;
        }
        try {
            return LocalDateTime.parse(dateTime.length() > 19 ? dateTime.substring(0, 19) : dateTime)
                    .atZone(zoneId).toInstant();
        } catch (DateTimeParseException e) {
            throw new GraphError(400, "ErrorInvalidRequest", "Cannot convert the literal '" + dateTime
                    + "' to the expected type 'Edm.DateTimeOffset'.");
        }
    }

    private static void requireMailbox(ObjectNode user) {
        if (user.path("mail").asText("").isBlank() || "Guest".equals(user.path("userType").asText())) {
            throw new GraphError(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or"
                    + " is hosted on-premise.");
        }
    }

    // ---- online meetings -----------------------------------------------------------------------------

    private GraphResponse onlineMeetings(GraphRequest req, ObjectNode user) {
        TenantState t = req.tenant;
        String userId = user.path("id").asText();
        LinkedHashMap<String, ObjectNode> meetings = t.onlineMeetings.computeIfAbsent(userId,
                k -> new LinkedHashMap<>());
        List<String> s = req.segments;
        String set = "users('" + userId + "')/onlineMeetings";
        if (s.size() == 3) {
            return switch (req.method) {
                case "GET" -> {
                    if (req.queryOption("$filter") == null) {
                        throw new GraphError(400, "BadRequest", "Filter expression expected -"
                                + " /onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'.");
                    }
                    yield ODataList.page(req, meetings.values(), set, null);
                }
                case "POST" -> {
                    ObjectNode body = req.bodyObject();
                    Instant start = parseInstant(body.path("startDateTime").asText(null), "startDateTime");
                    Instant end = parseInstant(body.path("endDateTime").asText(null), "endDateTime");
                    ObjectNode meeting = newMeeting(t, user, body.path("subject").asText(""), start, end, Json.array());
                    patchMeeting(meeting, body);
                    yield GraphResponse.created(ODataList.entityBody(req, meeting, set, null));
                }
                default -> throw GraphError.methodNotAllowed(req.method);
            };
        }
        ObjectNode meeting = meetings.get(s.get(3));
        if (meeting == null || s.size() > 4) {
            throw new GraphError(404, "NotFound", "The online meeting was not found.");
        }
        return switch (req.method) {
            case "GET" -> ODataList.entity(req, meeting, set, null);
            case "PATCH" -> {
                patchMeeting(meeting, req.bodyObject());
                t.markChanged();
                yield ODataList.entity(req, meeting, set, null);
            }
            case "DELETE" -> {
                meetings.remove(s.get(3));
                t.markChanged();
                yield GraphResponse.noContent();
            }
            default -> throw GraphError.methodNotAllowed(req.method);
        };
    }

    private static void patchMeeting(ObjectNode meeting, ObjectNode body) {
        body.fieldNames().forEachRemaining(name -> {
            if (!MEETING_PATCHABLE.contains(name) && !name.startsWith("@odata")) {
                throw GraphError.badRequest("Property '" + name + "' cannot be updated on an online meeting.");
            }
        });
        JsonNode lobby = body.get("lobbyBypassSettings");
        if (lobby != null && lobby.has("scope") && !LOBBY_SCOPES.contains(lobby.path("scope").asText())) {
            throw GraphError.badRequest("Invalid value for lobbyBypassSettings.scope: '" + lobby.path("scope").asText()
                    + "'.");
        }
        Json.merge(meeting, body);
    }

    private static Instant parseInstant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw GraphError.invalidProperty(field, "onlineMeeting");
        }
    }

    private static ObjectNode newMeeting(TenantState t, ObjectNode organizer, String subject, Instant start,
            Instant end, ArrayNode attendees) {
        String organizerId = organizer.path("id").asText();
        String thread = "19:meeting_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 36)
                + "@thread.v2";
        String context = "{\"Tid\":\"" + t.tenantId + "\",\"Oid\":\"" + organizerId + "\"}";
        String joinUrl = "https://teams.microsoft.com/l/meetup-join/" + URLEncoder.encode(thread, StandardCharsets.UTF_8)
                + "/0?context=" + URLEncoder.encode(context, StandardCharsets.UTF_8);
        String id = Base64.getEncoder().encodeToString(("1*" + organizerId + "*0**" + thread)
                .getBytes(StandardCharsets.UTF_8));
        ObjectNode m = Json.object();
        m.put("id", id);
        m.put("creationDateTime", Instant.ofEpochMilli(t.now()).toString());
        m.put("startDateTime", start.toString());
        m.put("endDateTime", end.toString());
        m.put("joinUrl", joinUrl);
        m.put("joinWebUrl", joinUrl);
        m.put("subject", subject);
        m.put("isBroadcast", false);
        m.put("allowedPresenters", "everyone");
        m.put("isEntryExitAnnounced", true);
        ObjectNode lobby = m.putObject("lobbyBypassSettings");
        lobby.put("scope", "organization");
        lobby.put("isDialInBypassEnabled", false);
        ObjectNode participants = m.putObject("participants");
        ObjectNode org = participants.putObject("organizer");
        org.put("upn", organizer.path("userPrincipalName").asText());
        org.put("role", "presenter");
        ObjectNode identity = org.putObject("identity").putObject("user");
        identity.put("id", organizerId);
        identity.put("displayName", organizer.path("displayName").asText());
        identity.put("tenantId", t.tenantId);
        ArrayNode list = participants.putArray("attendees");
        for (JsonNode a : attendees) {
            ObjectNode p = Json.object();
            p.put("upn", a.path("emailAddress").path("address").asText());
            p.put("role", "attendee");
            list.add(p);
        }
        ObjectNode chat = m.putObject("chatInfo");
        chat.put("threadId", thread);
        chat.put("messageId", "0");
        ObjectNode joinId = m.putObject("joinMeetingIdSettings");
        joinId.put("joinMeetingId",
                Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L));
        joinId.put("isPasscodeRequired", true);
        t.onlineMeetings.computeIfAbsent(organizerId, k -> new LinkedHashMap<>()).put(id, m);
        t.markChanged();
        return m;
    }
}
