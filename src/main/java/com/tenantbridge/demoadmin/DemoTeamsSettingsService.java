package com.tenantbridge.demoadmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.TeamsSettingsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Teams-settings port on a demo tenant, over its admin paths. */
public final class DemoTeamsSettingsService implements TeamsSettingsService {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final DemoAdminClient admin;

    public DemoTeamsSettingsService(String graphBaseUrl, String tenantDomain) {
        this.admin = new DemoAdminClient(graphBaseUrl, tenantDomain);
    }

    @Override
    public FederationConfig federation() {
        JsonNode f = admin.get("/teams/federation");
        JsonNode allowed = f.path("AllowedDomains");
        return new FederationConfig(f.path("AllowFederatedUsers").asBoolean(), allowed.isArray() ? list(allowed) : null,
                list(f.path("BlockedDomains")));
    }

    @Override
    public void setFederation(FederationConfig config) {
        ObjectNode body = JSON.createObjectNode();
        body.put("AllowFederatedUsers", config.allowFederatedUsers());
        if (config.allowsAllKnownDomains()) {
            body.put("AllowedDomains", "AllowAllKnownDomains");
        } else {
            ArrayNode a = body.putArray("AllowedDomains");
            config.allowedDomains().forEach(a::add);
        }
        ArrayNode b = body.putArray("BlockedDomains");
        config.blockedDomains().forEach(b::add);
        admin.send("PATCH", "/teams/federation", body);
    }

    @Override
    public boolean anonymousJoinDisabled() {
        return admin.get("/teams/meetingConfiguration").path("DisableAnonymousJoin").asBoolean();
    }

    @Override
    public void setAnonymousJoinDisabled(boolean disabled) {
        ObjectNode body = JSON.createObjectNode();
        body.put("DisableAnonymousJoin", disabled);
        admin.send("PATCH", "/teams/meetingConfiguration", body);
    }

    @Override
    public Optional<MeetingPolicy> meetingPolicy(String identity) {
        try {
            JsonNode p = admin.get("/teams/meetingPolicies/" + DemoAdminClient.segment(identity));
            java.util.List<String> blocked = new java.util.ArrayList<>();
            p.path("BlockedAnonymousJoinClientTypes").forEach(c -> blocked.add(c.asText()));
            return Optional.of(new MeetingPolicy(p.path("Identity").asText(),
                    p.path("AllowAnonymousUsersToJoinMeeting").asBoolean(),
                    AutoAdmittedUsers.valueOf(p.path("AutoAdmittedUsers").asText("EveryoneInCompanyExcludingGuests")),
                    new com.tenantbridge.service.port.AnonymousJoinGates(p.path("AnonymousUserAuthenticationMethod")
                            .asText("OneTimePasscode"), p.path("CaptchaVerificationForMeetingJoin")
                                    .asText("NotRequired"), blocked)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void putMeetingPolicy(MeetingPolicy policy) {
        ObjectNode body = JSON.createObjectNode();
        body.put("AllowAnonymousUsersToJoinMeeting", policy.allowAnonymousUsersToJoinMeeting());
        body.put("AutoAdmittedUsers", policy.autoAdmittedUsers().name());
        if (meetingPolicy(policy.identity()).isPresent()) {
            admin.send("PATCH", "/teams/meetingPolicies/" + DemoAdminClient.segment(policy.identity()), body);
        } else {
            body.put("Identity", policy.identity());
            admin.send("POST", "/teams/meetingPolicies", body);
        }
    }

    @Override
    public void deleteMeetingPolicy(String identity) {
        try {
            admin.send("DELETE", "/teams/meetingPolicies/" + DemoAdminClient.segment(identity), null);
        } catch (NotFoundException e) {
            // already gone
        }
    }

    @Override
    public Optional<String> assignedMeetingPolicy(String userPrincipalName) {
        JsonNode all = admin.get("/teams/meetingPolicyAssignments");
        var it = all.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(userPrincipalName)) {
                return Optional.of(e.getValue().asText());
            }
        }
        return Optional.empty();
    }

    @Override
    public void assignMeetingPolicy(String userPrincipalName, String identity) {
        String path = "/teams/meetingPolicyAssignments/" + DemoAdminClient.segment(userPrincipalName);
        if (identity == null || identity.equalsIgnoreCase("Global")) {
            admin.send("DELETE", path, null);
        } else {
            ObjectNode body = JSON.createObjectNode();
            body.put("PolicyName", identity);
            admin.send("PUT", path, body);
        }
    }

    @Override
    public boolean guestAccessAllowed() {
        return admin.get("/teams/clientConfiguration").path("AllowGuestUser").asBoolean();
    }

    @Override
    public void setGuestAccessAllowed(boolean allowed) {
        ObjectNode body = JSON.createObjectNode();
        body.put("AllowGuestUser", allowed);
        admin.send("PATCH", "/teams/clientConfiguration", body);
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
