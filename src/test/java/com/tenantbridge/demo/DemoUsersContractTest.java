package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.Invitation;
import com.microsoft.graph.models.LicenseDetails;
import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import com.microsoft.kiota.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoUsersContractTest extends DemoFixture {

    static final UUID REMOTE_ASSIST = UUID.fromString("7a551360-26c4-4f61-84e6-ef715673e083");
    static final String TEAMS1 = "57ff2da0-773e-42df-b2af-ffb7a2317929";

    private final GraphServiceClient abc = graph("abc.com");

    static User serviceAccount(String local, String usageLocation) {
        User u = new User();
        u.setAccountEnabled(true);
        u.setDisplayName(local + " (service account)");
        u.setMailNickname(local);
        u.setUserPrincipalName(local + "@abc.com");
        u.setUsageLocation(usageLocation);
        PasswordProfile p = new PasswordProfile();
        p.setPassword("Xk3!vQ9#rT2m");
        p.setForceChangePasswordNextSignIn(true);
        u.setPasswordProfile(p);
        return u;
    }

    static ODataError odataError(Runnable call) {
        try {
            call.run();
        } catch (ODataError e) {
            return e;
        }
        throw new AssertionError("expected an ODataError");
    }

    @Test
    void listsUsersWithFilterSelectAndTop() {
        UserCollectionResponse page = abc.users().get(rc -> {
            rc.queryParameters.filter = "startswith(displayName,'Expert')";
            rc.queryParameters.select = new String[] {"displayName", "usageLocation"};
            rc.queryParameters.top = 2;
        });
        assertThat(page.getValue()).extracting(User::getDisplayName).containsExactly("Expert1", "Expert2");
        assertThat(page.getValue().get(0).getUsageLocation()).isEqualTo("US");
        assertThat(page.getValue().get(0).getUserPrincipalName()).isNull();
        assertThat(page.getOdataNextLink()).contains("$skiptoken=");

        assertThat(abc.users().get(rc -> rc.queryParameters.filter = "userPrincipalName eq 'expert2@ABC.com'")
                .getValue()).extracting(User::getDisplayName).containsExactly("Expert2");
        assertThat(abc.users().get(rc -> rc.queryParameters.filter = "mail eq 'Technician1@abc.com'").getValue())
                .hasSize(1);
        assertThat(abc.users().get(rc -> rc.queryParameters.filter = "userType eq 'Guest'").getValue()).isEmpty();
    }

    /** onPremisesExtensionAttributes: settable on create and update for a cloud-only user, read only on $select. */
    @Test
    void extensionAttributesAreSetOnCreateMergedOnUpdateAndReadOnSelect() {
        User body = serviceAccount("Tagged_SA", "US");
        var ext = new com.microsoft.graph.models.OnPremisesExtensionAttributes();
        ext.setExtensionAttribute15("TenantBridge run 1");
        body.setOnPremisesExtensionAttributes(ext);
        String id = abc.users().post(body).getId();
        assertThat(abc.users().byUserId(id).get().getOnPremisesExtensionAttributes()).as("not a default").isNull();
        var read = abc.users().byUserId(id).get(rc -> rc.queryParameters.select = new String[] {
            "onPremisesExtensionAttributes"}).getOnPremisesExtensionAttributes();
        assertThat(read.getExtensionAttribute15()).isEqualTo("TenantBridge run 1");
        assertThat(read.getExtensionAttribute1()).isNull();

        Raw merged = raw("PATCH", "/users/" + id, "demo:abc.com", "{\"onPremisesExtensionAttributes\":"
                + "{\"extensionAttribute1\":\"x\"}}");
        assertThat(merged.status()).isEqualTo(204);
        var after = abc.users().byUserId(id).get(rc -> rc.queryParameters.select = new String[] {
            "onPremisesExtensionAttributes"}).getOnPremisesExtensionAttributes();
        assertThat(after.getExtensionAttribute15()).isEqualTo("TenantBridge run 1");
        assertThat(after.getExtensionAttribute1()).isEqualTo("x");

        assertThat(raw("PATCH", "/users/" + id, "demo:abc.com", "{\"onPremisesExtensionAttributes\":"
                + "{\"extensionAttribute16\":\"x\"}}").status()).isEqualTo(400);
        assertThat(raw("PATCH", "/users/" + id, "demo:abc.com", "{\"onPremisesExtensionAttributes\":"
                + "{\"extensionAttribute2\":\"" + "y".repeat(1_025) + "\"}}").status()).isEqualTo(400);
    }

    @Test
    void withoutSelectAUserHasGraphsDefaultProperties() {
        User u = abc.users().byUserId("Expert1@abc.com").get();
        assertThat(u.getId()).isNotBlank();
        assertThat(u.getUserPrincipalName()).isEqualTo("Expert1@abc.com");
        assertThat(u.getUsageLocation()).as("not a default property").isNull();
        assertThat(abc.users().byUserId(u.getId()).get(rc -> rc.queryParameters.select = new String[] {"usageLocation",
                "assignedLicenses"}).getAssignedLicenses()).isNotEmpty();
    }

    @Test
    void pagesThroughEveryUserWithThePageIterator() throws Exception {
        for (int i = 0; i < 120; i++) {
            abc.users().post(serviceAccount("Paged" + i + "_SA", "US"));
        }
        UserCollectionResponse first = abc.users().get(rc -> rc.queryParameters.top = 50);
        List<String> seen = new ArrayList<>();
        new PageIterator.Builder<User, UserCollectionResponse>()
                .client(abc)
                .collectionPage(first)
                .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
                .processPageItemCallback(u -> seen.add(u.getUserPrincipalName()))
                .build()
                .iterate();
        assertThat(seen).as("120 added to the 16 seeded").hasSize(136).doesNotHaveDuplicates()
                .contains("Paged119_SA@abc.com", "admin@abc.com");
    }

    @Test
    void createsReadsUpdatesAndDeletesAUser() {
        User created = abc.users().post(serviceAccount("Vendor1_A_SA", "US"));
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getPasswordProfile()).as("Graph never returns the password").isNull();
        User byUpn = abc.users().byUserId("Vendor1_A_SA@abc.com").get();
        assertThat(byUpn.getId()).isEqualTo(created.getId());

        User patch = new User();
        patch.setDepartment("Vendor1");
        abc.users().byUserId(created.getId()).patch(patch);
        assertThat(abc.users().byUserId(created.getId()).get(rc -> rc.queryParameters.select = new String[] {
                "department"}).getDepartment()).isEqualTo("Vendor1");

        abc.users().byUserId(created.getId()).delete();
        ODataError gone = odataError(() -> abc.users().byUserId(created.getId()).get());
        assertThat(gone.getResponseStatusCode()).isEqualTo(404);
        assertThat(gone.getError().getCode()).isEqualTo("Request_ResourceNotFound");
    }

    @Test
    void refusesADuplicateUserPrincipalNameAsGraphDoes() {
        abc.users().post(serviceAccount("Vendor1_A_SA", "US"));
        ODataError e = odataError(() -> abc.users().post(serviceAccount("Vendor1_A_SA", "US")));
        assertThat(e.getResponseStatusCode()).isEqualTo(400);
        assertThat(e.getError().getCode()).isEqualTo("Request_BadRequest");
        assertThat(e.getError().getMessage()).isEqualTo(
                "Another object with the same value for property userPrincipalName already exists.");
    }

    @Test
    void refusesMissingRequiredPropertiesBadCharactersAndUnverifiedDomains() {
        User noNickname = serviceAccount("A_SA", "US");
        noNickname.setMailNickname(null);
        assertThat(odataError(() -> abc.users().post(noNickname)).getError().getMessage())
                .isEqualTo("Invalid value specified for property 'mailNickname' of resource 'User'.");

        User badChars = serviceAccount("A_SA", "US");
        badChars.setUserPrincipalName("vendor+1@abc.com");
        assertThat(odataError(() -> abc.users().post(badChars)).getError().getMessage())
                .contains("'userPrincipalName'");

        User elsewhere = serviceAccount("A_SA", "US");
        elsewhere.setUserPrincipalName("A_SA@vendor1.com");
        assertThat(odataError(() -> abc.users().post(elsewhere)).getError().getMessage())
                .startsWith("The domain portion of the userPrincipalName property is invalid.");

        User weak = serviceAccount("A_SA", "US");
        weak.getPasswordProfile().setPassword("password");
        assertThat(odataError(() -> abc.users().post(weak)).getError().getMessage())
                .contains("password complexity");

        User badLocation = serviceAccount("A_SA", "USA");
        assertThat(odataError(() -> abc.users().post(badLocation)).getError().getMessage())
                .contains("'usageLocation'");
    }

    @Test
    void assignsALicenceAndConsumedUnitsFollow() {
        User sa = abc.users().post(serviceAccount("Vendor2_A_SA", "DE"));
        int before = consumed(REMOTE_ASSIST);
        abc.users().byUserId(sa.getId()).assignLicense().post(assign(REMOTE_ASSIST));
        assertThat(consumed(REMOTE_ASSIST)).isEqualTo(before + 1);
        List<LicenseDetails> details = abc.users().byUserId(sa.getId()).licenseDetails().get().getValue();
        assertThat(details).singleElement().satisfies(d -> {
            assertThat(d.getSkuPartNumber()).isEqualTo("MICROSOFT_REMOTE_ASSIST");
            assertThat(d.getServicePlans()).anySatisfy(p -> {
                assertThat(p.getServicePlanId()).hasToString(TEAMS1);
                assertThat(p.getProvisioningStatus()).isEqualTo("Success");
            });
        });
        // Assigning the same SKU again changes nothing.
        abc.users().byUserId(sa.getId()).assignLicense().post(assign(REMOTE_ASSIST));
        assertThat(consumed(REMOTE_ASSIST)).isEqualTo(before + 1);
    }

    @Test
    void refusesALicenceForAUserWithoutUsageLocation() {
        User sa = abc.users().post(serviceAccount("NoLocation_SA", null));
        ODataError e = odataError(() -> abc.users().byUserId(sa.getId()).assignLicense().post(assign(REMOTE_ASSIST)));
        assertThat(e.getResponseStatusCode()).isEqualTo(400);
        assertThat(e.getError().getMessage())
                .isEqualTo("License assignment cannot be done for user with invalid usage location.");
    }

    @Test
    void refusesToAssignPastTheSeatsAndUnknownSkus() {
        SubscribedSku sku = abc.subscribedSkus().get().getValue().stream()
                .filter(s -> s.getSkuPartNumber().equals("MICROSOFT_REMOTE_ASSIST")).findFirst().orElseThrow();
        int free = sku.getPrepaidUnits().getEnabled() - sku.getConsumedUnits();
        for (int i = 0; i < free; i++) {
            User sa = abc.users().post(serviceAccount("Seat" + i + "_SA", "US"));
            abc.users().byUserId(sa.getId()).assignLicense().post(assign(REMOTE_ASSIST));
        }
        User oneTooMany = abc.users().post(serviceAccount("OneTooMany_SA", "US"));
        ODataError e = odataError(() -> abc.users().byUserId(oneTooMany.getId()).assignLicense()
                .post(assign(REMOTE_ASSIST)));
        assertThat(e.getError().getMessage()).contains("does not have any available licenses");
        ODataError unknown = odataError(() -> abc.users().byUserId(oneTooMany.getId()).assignLicense()
                .post(assign(UUID.fromString("00000000-0000-0000-0000-000000000001"))));
        assertThat(unknown.getError().getMessage()).contains("does not correspond to a valid company License");
    }

    private static Invitation invitation(String email) {
        // A fresh body per request: the SDK's backing store sends only changed fields of a reused one.
        Invitation invitation = new Invitation();
        invitation.setInvitedUserEmailAddress(email);
        invitation.setInviteRedirectUrl("https://teams.microsoft.com");
        invitation.setInvitedUserDisplayName("Expert1 (ABC)");
        invitation.setSendInvitationMessage(false);
        return invitation;
    }

    @Test
    void invitingCreatesAPendingGuestAndReinvitingReusesIt() {
        GraphServiceClient contoso1 = graph("contoso1.com");
        Invitation sent = contoso1.invitations().post(invitation("Expert1@abc.com"));
        assertThat(sent.getStatus()).isEqualTo("PendingAcceptance");
        assertThat(sent.getInviteRedeemUrl()).startsWith("https://login.microsoftonline.com/redeem");
        User guest = contoso1.users().byUserId(sent.getInvitedUser().getId()).get(rc -> rc.queryParameters.select =
                new String[] {"userType", "externalUserState", "mail", "userPrincipalName"});
        assertThat(guest.getUserType()).isEqualTo("Guest");
        assertThat(guest.getExternalUserState()).isEqualTo("PendingAcceptance");
        assertThat(guest.getUserPrincipalName()).isEqualTo("Expert1_abc.com#EXT#@contoso1.onmicrosoft.com");
        assertThat(contoso1.users().get(rc -> rc.queryParameters.filter = "mail eq 'expert1@abc.com' and userType eq"
                + " 'Guest'").getValue()).hasSize(1);

        Invitation again = contoso1.invitations().post(invitation("expert1@abc.com"));
        assertThat(again.getInvitedUser().getId()).isEqualTo(sent.getInvitedUser().getId());
        assertThat(contoso1.users().get(rc -> rc.queryParameters.filter = "userType eq 'Guest'").getValue()).hasSize(1);
    }

    @Test
    void refusesToInviteAMemberOfTheSameTenantOrABadAddress() {
        Invitation member = new Invitation();
        member.setInvitedUserEmailAddress("Expert1@abc.com");
        member.setInviteRedirectUrl("https://teams.microsoft.com");
        assertThat(odataError(() -> abc.invitations().post(member)).getResponseStatusCode()).isEqualTo(400);
        Invitation bad = new Invitation();
        bad.setInvitedUserEmailAddress("not-an-address");
        bad.setInviteRedirectUrl("https://teams.microsoft.com");
        assertThat(odataError(() -> graph("contoso1.com").invitations().post(bad)).getError().getMessage())
                .contains("invitedUserEmailAddress");
    }

    @Test
    void aMissingOrUnknownTokenIs401InGraphsShape() {
        Raw none = raw("GET", "/users", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body().at("/error/code").asText()).isEqualTo("InvalidAuthenticationToken");
        assertThat(none.body().at("/error/innerError/request-id").asText()).isNotBlank();
        assertThat(none.body().at("/error/innerError/date").asText()).isNotBlank();
        assertThatThrownBy(() -> graph("fabrikam.com").users().get())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseStatusCode()).isEqualTo(401));
    }

    @Test
    void anUnknownIdIs404RequestResourceNotFound() {
        ODataError e = odataError(() -> abc.users().byUserId(UUID.randomUUID().toString()).get());
        assertThat(e.getResponseStatusCode()).isEqualTo(404);
        assertThat(e.getError().getCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(e.getResponseHeaders().get("request-id")).isNotEmpty();
    }

    @Test
    void anUnsupportedFilterIsRefusedNotIgnored() {
        ODataError e = odataError(() -> abc.users().get(rc -> rc.queryParameters.filter = "displayName gt 'A'"));
        assertThat(e.getResponseStatusCode()).isEqualTo(400);
        assertThat(e.getError().getCode()).isEqualTo("Request_UnsupportedQuery");
    }

    private int consumed(UUID skuId) {
        return abc.subscribedSkus().get().getValue().stream().filter(s -> s.getSkuId().equals(skuId)).findFirst()
                .orElseThrow().getConsumedUnits();
    }

    static AssignLicensePostRequestBody assign(UUID skuId) {
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        AssignedLicense license = new AssignedLicense();
        license.setSkuId(skuId);
        license.setDisabledPlans(List.of());
        body.setAddLicenses(List.of(license));
        body.setRemoveLicenses(List.of());
        return body;
    }
}
