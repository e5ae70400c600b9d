package com.tenantbridge.service.port;

import java.util.List;
import java.util.UUID;

/** Subscribed SKUs, per-user licence assignment, and group-based licensing. */
public interface LicensingService {

    List<SkuInfo> subscribedSkus();

    /** The tenant's commercial subscriptions with their next lifecycle dates (GET /directory/subscriptions). */
    List<SubscriptionInfo> subscriptions();

    void assign(String userId, UUID skuId);

    void remove(String userId, UUID skuId);

    /** Group-based licensing: the group's members get these licences, asynchronously. One write for all. */
    void assignToGroup(String groupId, List<UUID> skuIds);

    void removeFromGroup(String groupId, List<UUID> skuIds);

    GroupLicences groupLicences(String groupId);
}
