package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /users/{id}/memberOf and /me/memberOf (user-list-memberof): the groups and directory roles a user is a direct
 * member of, each with its @odata.type. /me needs a signed-in user: an app or admin token gets Graph's 400.
 */
final class MemberOf {

    private MemberOf() {
    }

    static GraphResponse me(GraphRequest req) {
        if (req.segments.size() != 2 || !req.segments.get(1).equals("memberOf") || !req.method.equals("GET")) {
            throw GraphError.noRoute(req.method, req.path);
        }
        if (req.caller == null || req.caller.userPrincipalName() == null) {
            throw new GraphError(400, "BadRequest", "/me request is only valid with delegated authentication flow.");
        }
        return list(req, req.tenant.user(req.caller.userPrincipalName()), "me/memberOf");
    }

    static GraphResponse list(GraphRequest req, ObjectNode user, String entitySet) {
        TenantState t = req.tenant;
        String id = user.path("id").asText();
        List<ObjectNode> out = new ArrayList<>();
        t.memberships.forEach((groupId, members) -> {
            if (members.containsKey(id) && t.groups.containsKey(groupId) && t.visible(groupId)) {
                ObjectNode g = t.groups.get(groupId).deepCopy();
                g.put("@odata.type", "#microsoft.graph.group");
                out.add(g);
            }
        });
        for (ObjectNode role : t.directoryRoles) {
            boolean member = false;
            for (var m : role.path("members")) {
                member |= m.asText().equals(id);
            }
            if (member) {
                ObjectNode r = Json.object();
                r.put("@odata.type", "#microsoft.graph.directoryRole");
                r.put("id", role.path("id").asText());
                r.put("displayName", role.path("displayName").asText());
                r.put("roleTemplateId", role.path("roleTemplateId").asText());
                out.add(r);
            }
        }
        return ODataList.page(req, out, entitySet, null);
    }
}
