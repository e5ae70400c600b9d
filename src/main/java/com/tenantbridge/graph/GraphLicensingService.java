package com.tenantbridge.graph;

import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.ServicePlanInfo;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import com.tenantbridge.service.port.LicensingService;
import com.tenantbridge.service.port.SkuInfo;
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
                                : s.getServicePlans().stream().map(ServicePlanInfo::getServicePlanName).toList()))
                .toList();
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
        GraphErrors.run("assign " + skuId + " to " + userId, () -> graph.users().byUserId(userId).assignLicense().post(body));
    }

    @Override
    public void remove(String userId, UUID skuId) {
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        body.setAddLicenses(List.of());
        body.setRemoveLicenses(List.of(skuId));
        GraphErrors.run("remove " + skuId + " from " + userId, () -> graph.users().byUserId(userId).assignLicense()
                .post(body));
    }
}
