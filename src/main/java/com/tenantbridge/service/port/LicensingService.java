package com.tenantbridge.service.port;

import java.util.List;
import java.util.UUID;

/** Subscribed SKUs and per-user licence assignment. */
public interface LicensingService {

    List<SkuInfo> subscribedSkus();

    void assign(String userId, UUID skuId);

    void remove(String userId, UUID skuId);
}
