package com.tenantbridge.domain.licensing;

import java.util.Arrays;
import java.util.List;

/**
 * The subscribed SKUs the scenarios care about, by Graph skuPartNumber (the constant's name) and skuId
 * (Microsoft Entra "Product names and service plan identifiers for licensing",
 * https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference).
 * Match a tenant's SKUs by part number and check the id, never by id alone.
 */
public enum LicenceSku {
    MICROSOFT_REMOTE_ASSIST("7a551360-26c4-4f61-84e6-ef715673e083", "Dynamics 365 Remote Assist", Use.REMOTE_ASSIST),
    MICROSOFT_REMOTE_ASSIST_HOLOLENS("e48328a2-8e98-4484-a70f-a99f8ac9ec89", "Dynamics 365 Remote Assist HoloLens",
            Use.REMOTE_ASSIST),
    SPE_E5("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "Microsoft 365 E5", Use.INFORMATION_BARRIERS),
    ENTERPRISEPREMIUM("c7df2760-2c81-4ef7-b578-5b5392b571df", "Office 365 E5", Use.INFORMATION_BARRIERS),
    EQUIVIO_ANALYTICS("1b1b1f7a-8355-43b6-829f-336cfccb744c", "Office 365 Advanced Compliance",
            Use.INFORMATION_BARRIERS),
    INFORMATION_PROTECTION_COMPLIANCE("184efa21-98c3-4e5d-95ab-d07053a96e67",
            "Microsoft 365 E5 Information Protection and Compliance", Use.INFORMATION_BARRIERS);

    /** What a SKU is for in these scenarios. */
    public enum Use {
        REMOTE_ASSIST, INFORMATION_BARRIERS
    }

    /** Service plan ids carried inside the Remote Assist SKUs (a Remote Assist licence includes Teams). */
    public static final String TEAMS1_PLAN_ID = "57ff2da0-773e-42df-b2af-ffb7a2317929";
    public static final String REMOTE_ASSIST_PLAN_ID = "4f4c7800-298a-4e22-8867-96b17850d4dd";
    public static final String CDS_REMOTE_ASSIST_PLAN_ID = "0850ebb5-64ee-4d3a-a3e1-5a97213653b5";

    private final String skuId;
    private final String productName;
    private final Use use;

    LicenceSku(String skuId, String productName, Use use) {
        this.skuId = skuId;
        this.productName = productName;
        this.use = use;
    }

    public String skuId() {
        return skuId;
    }

    public String partNumber() {
        return name();
    }

    public String productName() {
        return productName;
    }

    public Use use() {
        return use;
    }

    public static List<LicenceSku> forUse(Use use) {
        return Arrays.stream(values()).filter(s -> s.use == use).toList();
    }
}
