package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules the demo tenant takes from Graph's reference rather than from the app: team member roles, the
 * @odata.context of a $select, and members twenty to a PATCH.
 */
class DemoGraphRulesContractTest extends DemoFixture {

    private String id(String path) {
        return raw("GET", path, "demo:abc.com", null).body().path("id").asText();
    }

    @Test
    void aTeamMemberRoleOutsideGraphsEnumerationIsRefused() {
        String team = raw("GET", "/groups?$filter=displayName%20eq%20'Remote%20Assist%20Experts'", "demo:abc.com", null)
                .body().at("/value/0/id").asText();
        String user = id("/users/Expert2@abc.com");
        String body = "{\"@odata.type\":\"#microsoft.graph.aadUserConversationMember\",\"roles\":[\"admin\"],"
                + "\"user@odata.bind\":\"https://graph.microsoft.com/v1.0/users('" + user + "')\"}";
        Raw refused = raw("POST", "/teams/" + team + "/members", "demo:abc.com", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/error/message").asText()).contains("'owner', 'guest'");
        Raw member = raw("POST", "/teams/" + team + "/members", "demo:abc.com", body.replace("[\"admin\"]", "[]"));
        assertThat(member.status()).isEqualTo(201);
    }

    @Test
    void aSelectIsNamedInTheContextOfAnEntityAsOfACollection() {
        Raw one = raw("GET", "/users/Expert1@abc.com?$select=id,displayName", "demo:abc.com", null);
        assertThat(one.body().path("@odata.context").asText()).endsWith("$metadata#users(id,displayName)/$entity");
        Raw plain = raw("GET", "/users/Expert1@abc.com", "demo:abc.com", null);
        assertThat(plain.body().path("@odata.context").asText()).endsWith("$metadata#users/$entity");
    }

    @Test
    void twentyOneMembersInOnePatchAreRefusedAndNobodyIsAdded() {
        String group = raw("GET", "/groups?$filter=displayName%20eq%20'Remote%20Assist%20Experts'",
                "demo:abc.com", null).body().at("/value/0/id").asText();
        String user = id("/users/Expert2@abc.com");
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            refs.append(i == 0 ? "" : ",").append("\"https://graph.microsoft.com/v1.0/directoryObjects/")
                    .append(user).append('"');
        }
        Raw refused = raw("PATCH", "/groups/" + group, "demo:abc.com", "{\"members@odata.bind\":[" + refs + "]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/error/message").asText()).contains("at most 20");
        Raw gone = raw("PATCH", "/groups/" + group, "demo:abc.com", "{\"members@odata.bind\":"
                + "[\"https://graph.microsoft.com/v1.0/directoryObjects/00000000-0000-0000-0000-000000000001\"]}");
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.body().at("/error/message").asText()).contains("do not exist");
    }

    @Test
    void aGroupMayBeCreatedWithItsMembersBoundUpToTwenty() {
        String a = id("/users/Expert1@abc.com");
        String b = id("/users/Expert2@abc.com");
        String body = "{\"displayName\":\"Bound\",\"mailNickname\":\"bound\",\"mailEnabled\":false,"
                + "\"securityEnabled\":true,\"members@odata.bind\":[\"https://graph.microsoft.com/v1.0/users/" + a
                + "\",\"https://graph.microsoft.com/v1.0/users/" + b + "\"]}";
        Raw created = raw("POST", "/groups", "demo:abc.com", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().has("_owners")).as("bookkeeping stays inside").isFalse();
        Raw members = raw("GET", "/groups/" + created.body().path("id").asText() + "/members", "demo:abc.com", null);
        assertThat(members.body().path("value")).hasSize(2);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("\"https://graph.microsoft.com/v1.0/users/").append(a).append('"');
        }
        Raw refused = raw("POST", "/groups", "demo:abc.com", body.replace("\"bound\"", "\"bound2\"")
                .replaceFirst("\\[.*\\]", "[" + many + "]"));
        assertThat(refused.status()).isEqualTo(400);
    }
}
