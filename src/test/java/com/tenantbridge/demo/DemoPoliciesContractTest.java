package com.tenantbridge.demo;

import static com.tenantbridge.demo.DemoUsersContractTest.odataError;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.CrossTenantAccessPolicyB2BSetting;
import com.microsoft.graph.models.CrossTenantAccessPolicyConfigurationDefault;
import com.microsoft.graph.models.CrossTenantAccessPolicyConfigurationPartner;
import com.microsoft.graph.models.CrossTenantAccessPolicyTarget;
import com.microsoft.graph.models.CrossTenantAccessPolicyTargetConfiguration;
import com.microsoft.graph.models.CrossTenantAccessPolicyTargetConfigurationAccessType;
import com.microsoft.graph.models.CrossTenantAccessPolicyTargetType;
import com.microsoft.graph.models.Domain;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.TenantInformation;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPoliciesContractTest extends DemoFixture {

    private final GraphServiceClient abc = graph("abc.com");

    static CrossTenantAccessPolicyB2BSetting allowAllUsers() {
        CrossTenantAccessPolicyTarget target = new CrossTenantAccessPolicyTarget();
        target.setTarget("AllUsers");
        target.setTargetType(CrossTenantAccessPolicyTargetType.User);
        CrossTenantAccessPolicyTargetConfiguration users = new CrossTenantAccessPolicyTargetConfiguration();
        users.setAccessType(CrossTenantAccessPolicyTargetConfigurationAccessType.Allowed);
        users.setTargets(List.of(target));
        CrossTenantAccessPolicyB2BSetting setting = new CrossTenantAccessPolicyB2BSetting();
        setting.setUsersAndGroups(users);
        return setting;
    }

    @Test
    void readsTheOrganizationDomainsAndSkus() {
        Organization org = abc.organization().get().getValue().get(0);
        assertThat(org.getDisplayName()).isEqualTo("ABC");
        assertThat(org.getVerifiedDomains()).anySatisfy(d -> assertThat(d.getName()).isEqualTo("abc.com"));
        assertThat(abc.domains().get().getValue()).extracting(Domain::getId)
                .containsExactly("abc.com", "abccorp.onmicrosoft.com");
        assertThat(abc.domains().byDomainId("abc.com").get().getIsVerified()).isTrue();
        List<SubscribedSku> skus = abc.subscribedSkus().get().getValue();
        assertThat(skus).extracting(SubscribedSku::getSkuPartNumber)
                .containsExactly("MICROSOFT_REMOTE_ASSIST", "Microsoft_Teams_Enterprise_New", "SPE_E5",
                        "DYN365_ENTERPRISE_FIELD_SERVICE", "SPE_F1", "M365_F1");
        SubscribedSku ra = skus.get(0);
        assertThat(ra.getSkuId()).hasToString("7a551360-26c4-4f61-84e6-ef715673e083");
        assertThat(ra.getPrepaidUnits().getEnabled() - ra.getConsumedUnits()).as("free seats").isPositive();
        assertThat(skus.get(1).getServicePlans())
                .anySatisfy(p -> assertThat(p.getServicePlanName()).isEqualTo("TEAMS1"));
        // Microsoft 365 F1 carries Teams but no Exchange mailbox plan (licensing-service-plan-reference).
        assertThat(skus.get(5).getServicePlans()).extracting(p -> p.getServicePlanName())
                .contains("TEAMS1").noneMatch(n -> n.startsWith("EXCHANGE_S_") && !n.equals("EXCHANGE_S_FOUNDATION"));
    }

    /** directory-list-subscriptions: every SKU's subscription with its next lifecycle date; read only. */
    @Test
    void listsTheSubscriptionsWithTheirNextLifecycleDates() {
        var subs = abc.directory().subscriptions().get().getValue();
        assertThat(subs).extracting(com.microsoft.graph.models.CompanySubscription::getSkuPartNumber)
                .contains("MICROSOFT_REMOTE_ASSIST", "DYN365_ENTERPRISE_FIELD_SERVICE", "SPE_F1");
        var ra = subs.stream().filter(x -> x.getSkuPartNumber().equals("MICROSOFT_REMOTE_ASSIST")).findFirst()
                .orElseThrow();
        assertThat(ra.getNextLifecycleDateTime()).hasToString("2026-12-15T00:00Z");
        assertThat(ra.getStatus()).isEqualTo("Enabled");
        assertThat(abc.directory().subscriptions().byCompanySubscriptionId(ra.getId()).get().getTotalLicenses())
                .isEqualTo(10);
        ODataError e = org.junit.jupiter.api.Assertions.assertThrows(ODataError.class,
                () -> abc.directory().subscriptions().byCompanySubscriptionId("no-such").get());
        assertThat(e.getResponseStatusCode()).isEqualTo(404);
    }

    @Test
    void readsAndPatchesTheDefaultPolicy() {
        CrossTenantAccessPolicyConfigurationDefault def
                = abc.policies().crossTenantAccessPolicy().defaultEscaped().get();
        assertThat(def.getIsServiceDefault()).isTrue();
        assertThat(def.getB2bCollaborationInbound().getUsersAndGroups().getAccessType())
                .isEqualTo(CrossTenantAccessPolicyTargetConfigurationAccessType.Allowed);
        assertThat(def.getB2bDirectConnectInbound().getUsersAndGroups().getAccessType())
                .isEqualTo(CrossTenantAccessPolicyTargetConfigurationAccessType.Blocked);

        CrossTenantAccessPolicyConfigurationDefault patch = new CrossTenantAccessPolicyConfigurationDefault();
        CrossTenantAccessPolicyB2BSetting blocked = allowAllUsers();
        blocked.getUsersAndGroups().setAccessType(CrossTenantAccessPolicyTargetConfigurationAccessType.Blocked);
        patch.setB2bCollaborationInbound(blocked);
        abc.policies().crossTenantAccessPolicy().defaultEscaped().patch(patch);
        CrossTenantAccessPolicyConfigurationDefault after
                = abc.policies().crossTenantAccessPolicy().defaultEscaped().get();
        assertThat(after.getIsServiceDefault()).isFalse();
        assertThat(after.getB2bCollaborationInbound().getUsersAndGroups().getAccessType())
                .isEqualTo(CrossTenantAccessPolicyTargetConfigurationAccessType.Blocked);
    }

    @Test
    void accessTypesAndTargetTypesAreGraphsEnumerations() {
        String contoso1 = abc.tenantRelationships().findTenantInformationByDomainNameWithDomainName("contoso1.com")
                .get().getTenantId();
        Raw permitted = raw("POST", "/policies/crossTenantAccessPolicy/partners", "demo:abc.com", "{\"tenantId\":\""
                + contoso1 + "\",\"b2bCollaborationInbound\":{\"usersAndGroups\":{\"accessType\":\"permitted\"}}}");
        assertThat(permitted.status()).isEqualTo(400);
        assertThat(permitted.body().at("/error/message").asText()).contains("accessType");
        Raw team = raw("PATCH", "/policies/crossTenantAccessPolicy/default", "demo:abc.com",
                "{\"b2bCollaborationInbound\":"
                + "{\"usersAndGroups\":{\"accessType\":\"allowed\",\"targets\":[{\"target\":\"AllUsers\","
                + "\"targetType\":\"team\"}]}}}");
        assertThat(team.status()).isEqualTo(400);
        assertThat(abc.policies().crossTenantAccessPolicy().partners().get().getValue()).as("nothing stored").isEmpty();
    }

    @Test
    void createsReadsPatchesAndDeletesAPartner() {
        String contoso1 = abc.tenantRelationships().findTenantInformationByDomainNameWithDomainName("contoso1.com")
                .get().getTenantId();
        CrossTenantAccessPolicyConfigurationPartner partner = new CrossTenantAccessPolicyConfigurationPartner();
        partner.setTenantId(contoso1);
        partner.setB2bCollaborationInbound(allowAllUsers());
        CrossTenantAccessPolicyConfigurationPartner created = abc.policies().crossTenantAccessPolicy().partners()
                .post(partner);
        assertThat(created.getTenantId()).isEqualTo(contoso1);
        assertThat(created.getB2bCollaborationOutbound()).as("unset: inherits the default").isNull();

        CrossTenantAccessPolicyConfigurationPartner again = new CrossTenantAccessPolicyConfigurationPartner();
        again.setTenantId(contoso1);
        assertThat(odataError(() -> abc.policies().crossTenantAccessPolicy().partners().post(again))
                .getResponseStatusCode()).isEqualTo(409);

        CrossTenantAccessPolicyConfigurationPartner patch = new CrossTenantAccessPolicyConfigurationPartner();
        patch.setB2bCollaborationOutbound(allowAllUsers());
        abc.policies().crossTenantAccessPolicy().partners()
                .byCrossTenantAccessPolicyConfigurationPartnerTenantId(contoso1).patch(patch);
        assertThat(abc.policies().crossTenantAccessPolicy().partners()
                .byCrossTenantAccessPolicyConfigurationPartnerTenantId(contoso1).get().getB2bCollaborationOutbound())
                .isNotNull();
        assertThat(abc.policies().crossTenantAccessPolicy().partners().get().getValue()).hasSize(1);

        abc.policies().crossTenantAccessPolicy().partners()
                .byCrossTenantAccessPolicyConfigurationPartnerTenantId(contoso1).delete();
        ODataError gone = odataError(() -> abc.policies().crossTenantAccessPolicy().partners()
                .byCrossTenantAccessPolicyConfigurationPartnerTenantId(contoso1).get());
        assertThat(gone.getResponseStatusCode()).isEqualTo(404);
    }

    @Test
    void resolvesTenantsByDomainButNotConsumerDomains() {
        TenantInformation info
                = abc.tenantRelationships().findTenantInformationByDomainNameWithDomainName("vendor2.com")
                .get();
        assertThat(info.getDisplayName()).isEqualTo("Vendor2");
        assertThat(info.getDefaultDomainName()).isEqualTo("vendor2.com");
        assertThat(odataError(() -> abc.tenantRelationships()
                .findTenantInformationByDomainNameWithDomainName("outlook.com").get()).getResponseStatusCode())
                .isEqualTo(404);
    }
}
