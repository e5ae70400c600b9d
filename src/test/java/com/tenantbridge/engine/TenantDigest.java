package com.tenantbridge.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.tenantbridge.graph.GraphClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A comparable picture of what a demo tenant holds that the engine touches, without ids or times:
 * two runs that converge on the same state have the same digest.
 */
final class TenantDigest {

    private TenantDigest() {
    }

    static String of(String graphBaseUrl, String domain) throws Exception {
        GraphServiceClient g = GraphClients.demo(graphBaseUrl, domain);
        List<String> lines = new ArrayList<>();
        TreeSet<String> users = new TreeSet<>();
        for (User u : g.users().get(rc -> {
            rc.queryParameters.top = 999;
            rc.queryParameters.select = new String[] {"userPrincipalName", "userType", "usageLocation", "department",
                    "companyName", "assignedLicenses", "mail"};
        }).getValue()) {
            TreeSet<String> licences = new TreeSet<>();
            u.getAssignedLicenses().forEach(l -> licences.add(l.getSkuId().toString()));
            users.add("user " + u.getUserPrincipalName().toLowerCase() + " " + u.getUserType() + " "
                    + u.getUsageLocation()
                    + " " + u.getDepartment() + " " + u.getCompanyName() + " " + licences);
        }
        lines.addAll(users);
        TreeSet<String> groups = new TreeSet<>();
        for (Group group : g.groups().get(rc -> rc.queryParameters.top = 999).getValue()) {
            TreeSet<String> members = new TreeSet<>();
            g.groups().byGroupId(group.getId()).members().get(rc -> rc.queryParameters.top = 999).getValue()
                    .forEach(m -> members.add(((User) m).getUserPrincipalName().toLowerCase()));
            groups.add("group " + group.getDisplayName() + " " + group.getMail() + " " + members);
        }
        lines.addAll(groups);
        TreeSet<String> partners = new TreeSet<>();
        g.policies().crossTenantAccessPolicy().partners().get().getValue().forEach(p -> partners.add("partner "
                + p.getTenantId() + " in=" + (p.getB2bCollaborationInbound() == null ? null
                : p.getB2bCollaborationInbound().getUsersAndGroups().getAccessType())));
        lines.addAll(partners);
        String admin = graphBaseUrl.replace("/v1.0", "/_demo/tenants/" + domain);
        lines.add("teams " + strip(get(admin + "/teams")));
        JsonNode ib = get(admin + "/informationBarriers");
        lines.add("segments " + ib.path("segments"));
        lines.add("policies " + ib.path("policies"));
        for (User u : g.users().get(rc -> rc.queryParameters.top = 999).getValue()) {
            if (u.getMail() == null || u.getUserPrincipalName().contains("#EXT#")) {
                continue;
            }
            g.users().byUserId(u.getId()).events().get().getValue().forEach(e -> lines.add("event "
                    + u.getUserPrincipalName() + " " + e.getSubject() + " " + e.getTransactionId()));
        }
        return String.join("\n", lines);
    }

    private static JsonNode strip(JsonNode teams) {
        return teams;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body());
    }
}
