package com.tenantbridge.graph;

import com.microsoft.graph.models.AadUserConversationMember;
import com.microsoft.graph.models.ConversationMember;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.TeamMember;
import com.tenantbridge.service.port.TeamMembershipService;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

public final class GraphTeamMembershipService implements TeamMembershipService {

    private final GraphServiceClient graph;

    public GraphTeamMembershipService(GraphServiceClient graph) {
        this.graph = graph;
    }

    @Override
    public Optional<DirectoryGroup> findTeam(String displayName) {
        String literal = displayName.replace("'", "''");
        List<Group> groups = GraphErrors.call("find the team " + displayName, () -> graph.groups().get(rc -> {
            rc.queryParameters.filter = "displayName eq '" + literal + "'";
            rc.queryParameters.select = new String[] {"id", "displayName", "mail", "resourceProvisioningOptions"};
        })).getValue();
        return groups.stream()
                .filter(g -> g.getResourceProvisioningOptions() != null
                        && g.getResourceProvisioningOptions().stream().anyMatch(o -> o.equalsIgnoreCase("Team")))
                .findFirst().map(g -> new DirectoryGroup(g.getId(), g.getDisplayName(), g.getMail(), true));
    }

    @Override
    public List<TeamMember> members(String teamId) {
        return GraphErrors.call("list the members of the team " + teamId,
                () -> graph.teams().byTeamId(teamId).members().get()).getValue().stream()
                .map(GraphTeamMembershipService::toMember).toList();
    }

    @Override
    public TeamMember addMember(String teamId, String userId, boolean guest) {
        AadUserConversationMember member = new AadUserConversationMember();
        member.setOdataType("#microsoft.graph.aadUserConversationMember");
        // team-post-members: "A basic member shouldn't have any values specified in the roles property"; the
        // guest qualifier is Graph's to add for a guest account, as its add examples show.
        member.setRoles(List.of());
        HashMap<String, Object> data = new HashMap<>();
        data.put("user@odata.bind", "https://graph.microsoft.com/v1.0/users('" + userId + "')");
        member.setAdditionalData(data);
        return toMember(GraphErrors.call("add " + userId + " to the team " + teamId,
                () -> graph.teams().byTeamId(teamId).members().post(member)));
    }

    @Override
    public void removeMember(String teamId, String membershipId) {
        try {
            GraphErrors.answered("remove a member from the team " + teamId, () -> {
                graph.teams().byTeamId(teamId).members().byConversationMemberId(membershipId).delete();
                return null;
            });
        } catch (ApiException e) {
            if (!GraphErrors.isNotFound(e)) {
                throw GraphErrors.translate("remove a member from the team " + teamId, e);
            }
        }
    }

    private static TeamMember toMember(ConversationMember m) {
        String userId = m instanceof AadUserConversationMember a ? a.getUserId() : null;
        return new TeamMember(m.getId(), userId, m.getRoles() == null ? List.of() : m.getRoles());
    }
}
