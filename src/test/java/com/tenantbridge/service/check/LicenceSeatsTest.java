package com.tenantbridge.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.licensing.ServicePlan;
import com.tenantbridge.domain.licensing.Sku;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.SubscriptionInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A licence is judged by the service plans the tenant's SKU carries, its seats and its subscription's end. */
class LicenceSeatsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final UUID PREMIUM = UUID.fromString("f245ecc8-75af-4f8e-b61f-27d8114de5f3");
    private static final UUID KIOSK = UUID.fromString("80b2d799-d2ba-4d2a-8842-fb0d0f3a4b82");

    private static SkuInfo sku(UUID id, String part, int enabled, ServicePlan... plans) {
        return new SkuInfo(id, part, enabled, 0, java.util.Arrays.stream(plans).map(Enum::name).toList(),
                java.util.Arrays.stream(plans).map(ServicePlan::id).toList());
    }

    private static List<VendorAccount> accounts(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new VendorAccount("A" + i, "a" + i + "@abc.com",
                "a" + i + "@vendor.com", "Vendor", "US", null, Device.MOBILE)).toList();
    }

    private static CheckResult judge(String part, List<SkuInfo> skus, List<SubscriptionInfo> subs, int accounts) {
        return LicenceSeats.judge(new LicenceSeats.Need("VEND-01", "abc.com", "A licence with Teams", Sku.of(part),
                LicenceSku.Use.TEAMS), skus, subs, accounts(accounts), Map.of(), NOW);
    }

    @Test
    void aSkuTheCatalogueDoesNotKnowIsJudgedByItsServicePlans() {
        List<SkuInfo> skus = List.of(sku(PREMIUM, "O365_BUSINESS_PREMIUM", 10, ServicePlan.TEAMS1,
                ServicePlan.EXCHANGE_S_STANDARD), sku(KIOSK, "EXCHANGEDESKLESS", 10, ServicePlan.EXCHANGE_S_DESKLESS));
        assertThat(judge("O365_BUSINESS_PREMIUM", skus, List.of(), 3).status()).isEqualTo(CheckStatus.PASS);
        CheckResult kiosk = judge("EXCHANGEDESKLESS", skus, List.of(), 3);
        assertThat(kiosk.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(kiosk.evidence()).contains("carries no Microsoft Teams (TEAMS1)");
        assertThat(kiosk.fix()).contains("O365_BUSINESS_PREMIUM, 10 free");
    }

    @Test
    void seatsAboutToLapseAreWarnedWithTheirDate() {
        List<SkuInfo> skus = List.of(sku(PREMIUM, "O365_BUSINESS_PREMIUM", 10, ServicePlan.TEAMS1));
        SubscriptionInfo soon = new SubscriptionInfo(PREMIUM, "O365_BUSINESS_PREMIUM", "Enabled", 10, false,
                Instant.parse("2026-12-10T00:00:00Z"));
        CheckResult r = judge("O365_BUSINESS_PREMIUM", skus, List.of(soon), 3);
        assertThat(r.status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.evidence()).contains("seats last until 2026-12-10");
        assertThat(r.fix()).contains("Renew", "before 2026-12-10");
        SubscriptionInfo expired = new SubscriptionInfo(PREMIUM, "O365_BUSINESS_PREMIUM", "Deleted", 10, false,
                Instant.parse("2026-12-10T00:00:00Z"));
        assertThat(judge("O365_BUSINESS_PREMIUM", skus, List.of(expired), 3).status())
                .as("only an enabled subscription's date counts").isEqualTo(CheckStatus.PASS);
    }

    @Test
    void remoteAssistInsideFieldServiceCountsForAnnotations() {
        SkuInfo fs = sku(UUID.randomUUID(), "Dynamics_365_Field_Service_Bundle", 5,
                ServicePlan.MICROSOFT_REMOTE_ASSIST);
        assertThat(fs.serves(LicenceSku.Use.ANNOTATIONS)).isTrue();
        assertThat(fs.serves(LicenceSku.Use.TEAMS)).isFalse();
        SkuInfo byName = new SkuInfo(UUID.randomUUID(), "X", 1, 0, List.of("GUIDES"));
        assertThat(byName.serves(LicenceSku.Use.ANNOTATIONS)).as("by service plan name when no id").isTrue();
    }
}
