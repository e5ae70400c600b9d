package com.tenantbridge.graph;

import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.ServicePlanInfo;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import com.tenantbridge.service.port.GroupLicences;
import com.tenantbridge.service.port.LicensingService;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.SubscriptionInfo;
import java.util.List;
import java.util.UUID;

public final class GraphLicensingService implements LicensingService {

    private final GraphServiceClient graph;

    public GraphLicensingService(GraphServiceClient graph) {
        this.graph = graph;
    }

    @Override
    public List<SkuInfo> subscribedSkus() {
        return GraphErrors.call("read the subscribed SKUs", () -> graph.subscribedSkus().get()).getValue().stream()
                .map(s -> new SkuInfo(s.getSkuId(), s.getSkuPartNumber(),
                        s.getPrepaidUnits() == null || s.getPrepaidUnits().getEnabled() == null ? 0
                                : s.getPrepaidUnits().getEnabled(),
                        s.getConsumedUnits() == null ? 0 : s.getConsumedUnits(),
                        s.getServicePlans() == null ? List.of()
                                : s.getServicePlans().stream().map(ServicePlanInfo::getServicePlanName).toList(),
                        s.getServicePlans() == null ? List.of() : s.getServicePlans().stream()
                                .filter(p -> p.getServicePlanId() != null).map(p -> p.getServicePlanId().toString())
                                .toList()))
                .toList();
    }

    /**
     * https://learn.microsoft.com/graph/api/directory-list-subscriptions (Organization.Read.All): each
     * subscription's SKU, status and nextLifecycleDateTime, the day its seats lapse unless renewed.
     */
    @Override
    public List<SubscriptionInfo> subscriptions() {
        var page = GraphErrors.call("read the subscriptions", () -> graph.directory().subscriptions().get());
        List<SubscriptionInfo> out = new java.util.ArrayList<>();
        if (page == null || page.getValue() == null) {
            return out;
        }
        for (var s : page.getValue()) {
            UUID sku;
            try {
                sku = s.getSkuId() == null ? null : UUID.fromString(s.getSkuId());
            } catch (IllegalArgumentException e) {
                sku = null;
            }
            out.add(new SubscriptionInfo(sku, s.getSkuPartNumber(), s.getStatus(), s.getTotalLicenses() == null ? 0
                    : s.getTotalLicenses(), Boolean.TRUE.equals(s.getIsTrial()), s.getNextLifecycleDateTime() == null
                            ? null : s.getNextLifecycleDateTime().toInstant()));
        }
        return out;
    }

    @Override
    public void assign(String userId, UUID skuId) {
        AssignedLicense license = new AssignedLicense();
        license.setSkuId(skuId);
        license.setDisabledPlans(List.of());
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        body.setAddLicenses(List.of(license));
        // Graph wants removeLicenses present even when nothing is removed.
        body.setRemoveLicenses(List.of());
        GraphErrors.run("assign " + skuId + " to "
                + userId, () -> graph.users().byUserId(userId).assignLicense().post(body));
    }

    @Override
    public void remove(String userId, UUID skuId) {
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        body.setAddLicenses(List.of());
        body.setRemoveLicenses(List.of(skuId));
        GraphErrors.run("remove " + skuId + " from " + userId, () -> graph.users().byUserId(userId).assignLicense()
                .post(body));
    }

    /** https://learn.microsoft.com/graph/api/group-assignlicense: 202 Accepted; members are licensed later. */
    @Override
    public void assignToGroup(String groupId, List<UUID> skuIds) {
        com.microsoft.graph.groups.item.assignlicense.AssignLicensePostRequestBody body =
                new com.microsoft.graph.groups.item.assignlicense.AssignLicensePostRequestBody();
        body.setAddLicenses(skuIds.stream().map(id -> {
            AssignedLicense l = new AssignedLicense();
            l.setSkuId(id);
            l.setDisabledPlans(List.of());
            return l;
        }).toList());
        body.setRemoveLicenses(List.of());
        GraphErrors.run("assign " + skuIds + " to the group " + groupId, () -> graph.groups().byGroupId(groupId)
                .assignLicense().post(body));
    }

    @Override
    public void removeFromGroup(String groupId, List<UUID> skuIds) {
        com.microsoft.graph.groups.item.assignlicense.AssignLicensePostRequestBody body =
                new com.microsoft.graph.groups.item.assignlicense.AssignLicensePostRequestBody();
        body.setAddLicenses(List.of());
        body.setRemoveLicenses(skuIds);
        GraphErrors.run("remove " + skuIds + " from the group " + groupId, () -> graph.groups().byGroupId(groupId)
                .assignLicense().post(body));
    }

    /**
     * The group's assignedLicenses and licenseProcessingState ($select: neither is returned by default, group
     * resource page), and its membersWithLicenseErrors (group-list-memberswithlicenseerrors).
     */
    @Override
    public GroupLicences groupLicences(String groupId) {
        com.microsoft.graph.models.Group g = GraphErrors.call("read the licences of the group " + groupId,
                () -> graph.groups().byGroupId(groupId).get(rc -> rc.queryParameters.select = new String[] {"id",
                    "assignedLicenses", "licenseProcessingState"}));
        List<UUID> skus = g.getAssignedLicenses() == null ? List.of() : g.getAssignedLicenses().stream()
                .map(AssignedLicense::getSkuId).toList();
        String state = g.getLicenseProcessingState() == null ? null : g.getLicenseProcessingState().getState();
        List<String> errors = new java.util.ArrayList<>();
        var page = GraphErrors.call("read the members of " + groupId + " whose licence failed", () -> graph.groups()
                .byGroupId(groupId).membersWithLicenseErrors().get(rc -> rc.queryParameters.select = new String[] {
                    "id", "userPrincipalName"}));
        if (page != null && page.getValue() != null) {
            page.getValue().forEach(o -> errors.add(o instanceof com.microsoft.graph.models.User u
                    && u.getUserPrincipalName() != null ? u.getUserPrincipalName() : o.getId()));
        }
        return new GroupLicences(skus, state, errors);
    }
}
