package com.tenantbridge.demo;

import static com.tenantbridge.demo.DemoUsersContractTest.odataError;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.AadUserConversationMember;
import com.microsoft.graph.models.ConversationMember;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.Invitation;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.Team;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoGroupsTeamsContractTest extends DemoFixture {

    private final GraphServiceClient abc = graph("abc.com");
    private final GraphServiceClient contoso1 = graph("contoso1.com");

    static Group securityGroup(String name) {
        Group g = new Group();
        g.setDisplayName(name);
        g.setMailNickname(name);
        g.setMailEnabled(false);
        g.setSecurityEnabled(true);
        return g;
    }

    static ReferenceCreate ref(String userId) {
        ReferenceCreate r = new ReferenceCreate();
        r.setOdataId("https://graph.microsoft.com/v1.0/directoryObjects/" + userId);
        return r;
    }

    private String userId(GraphServiceClient graph, String upn) {
        return graph.users().byUserId(upn).get().getId();
    }

    @Test
    void createsFindsAndFillsASegmentGroup() {
        Group created = abc.groups().post(securityGroup("V1_SupportEngineer"));
        assertThat(created.getId()).isNotBlank();
        assertThat(abc.groups().get(rc -> rc.queryParameters.filter = "displayName eq 'V1_SupportEngineer'")
                .getValue()).extracting(Group::getId).containsExactly(created.getId());

        String expert1 = userId(abc, "Expert1@abc.com");
        abc.groups().byGroupId(created.getId()).members().ref().post(ref(expert1));
        List<DirectoryObject> members = abc.groups().byGroupId(created.getId()).members().get().getValue();
        assertThat(members).singleElement().isInstanceOfSatisfying(User.class,
                u -> assertThat(u.getUserPrincipalName()).isEqualTo("Expert1@abc.com"));

        ODataError twice = odataError(() -> abc.groups().byGroupId(created.getId()).members().ref().post(ref(expert1)));
        assertThat(twice.getResponseStatusCode()).isEqualTo(400);
        assertThat(twice.getError().getMessage()).isEqualTo("One or more added object references already exist for"
                + " the following modified properties: 'members'.");

        abc.groups().byGroupId(created.getId()).members().byDirectoryObjectId(expert1).ref().delete();
        assertThat(abc.groups().byGroupId(created.getId()).members().get().getValue()).isEmpty();
    }

    @Test
    void refusesAGroupWithoutItsRequiredProperties() {
        Group g = securityGroup("NoFlags");
        g.setSecurityEnabled(null);
        assertThat(odataError(() -> abc.groups().post(g)).getError().getMessage())
                .isEqualTo("Invalid value specified for property 'securityEnabled' of resource 'Group'.");
    }

    @Test
    void addingAnUnknownMemberIs404() {
        Group created = abc.groups().post(securityGroup("Empty"));
        assertThat(odataError(() -> abc.groups().byGroupId(created.getId()).members().ref()
                .post(ref("00000000-0000-0000-0000-00000000abcd"))).getResponseStatusCode()).isEqualTo(404);
    }

    @Test
    void findsTeamsByTheirProvisioningOption() {
        List<Group> teams = contoso1.groups().get(rc -> rc.queryParameters.filter =
                "resourceProvisioningOptions/Any(x:x eq 'Team')").getValue();
        assertThat(teams).extracting(Group::getDisplayName).containsExactly("Remote Assist Experts");
        Team team = contoso1.teams().byTeamId(teams.get(0).getId()).get();
        assertThat(team.getDisplayName()).isEqualTo("Remote Assist Experts");
        assertThat(team.getIsArchived()).isFalse();
    }

    @Test
    void addsAGuestToATeamWithTheGuestRole() {
        String teamId = contoso1.groups().get(rc -> rc.queryParameters.filter
                = "displayName eq 'Remote Assist Experts'")
                .getValue().get(0).getId();
        Invitation invitation = new Invitation();
        invitation.setInvitedUserEmailAddress("Expert2@abc.com");
        invitation.setInviteRedirectUrl("https://teams.microsoft.com");
        String guestId = contoso1.invitations().post(invitation).getInvitedUser().getId();

        AadUserConversationMember member = new AadUserConversationMember();
        member.setRoles(List.of());
        HashMap<String, Object> data = new HashMap<>();
        data.put("user@odata.bind", "https://graph.microsoft.com/v1.0/users('" + guestId + "')");
        member.setAdditionalData(data);
        ConversationMember added = contoso1.teams().byTeamId(teamId).members().post(member);
        assertThat(added).isInstanceOfSatisfying(AadUserConversationMember.class, m -> {
            assertThat(m.getUserId()).isEqualTo(guestId);
            assertThat(m.getRoles()).containsExactly("guest");
        });
        assertThat(contoso1.teams().byTeamId(teamId).members().get().getValue()).hasSize(4)
                .anySatisfy(m -> assertThat(((AadUserConversationMember) m).getUserId()).isEqualTo(guestId));

        AadUserConversationMember owner = new AadUserConversationMember();
        owner.setRoles(List.of("owner"));
        owner.setAdditionalData(new HashMap<>(data));
        assertThat(odataError(() -> contoso1.teams().byTeamId(teamId).members().post(owner)).getResponseStatusCode())
                .isEqualTo(400);

        contoso1.teams().byTeamId(teamId).members().byConversationMemberId(added.getId()).delete();
        assertThat(contoso1.teams().byTeamId(teamId).members().get().getValue()).hasSize(3);
    }

    @Test
    void aGroupWithoutATeamIsNotATeam() {
        Group plain = abc.groups().post(securityGroup("NotATeam"));
        ODataError e = odataError(() -> abc.teams().byTeamId(plain.getId()).get());
        assertThat(e.getResponseStatusCode()).isEqualTo(404);
    }
}
