package com.tenantbridge.service.check;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.licensing.Sku;
import com.tenantbridge.domain.plan.SupportDates;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.scenario.Baseline;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.SubscriptionInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the tenant has the licence a plan names, for what the plan needs it, with enough seats, and until when.
 * What a SKU is for is read from the service plans the tenant's own SKU carries (subscribedSku servicePlans,
 * https://learn.microsoft.com/graph/api/resources/subscribedsku), so a SKU the catalogue does not know is judged
 * too. Seats last until the subscription's nextLifecycleDateTime unless renewed
 * (https://learn.microsoft.com/graph/api/resources/companysubscription); Remote Assist and Guides cannot be renewed
 * since 2025-11-01 and end on 2026-12-31.
 */
final class LicenceSeats {

    /** A renewal this close is said as a warning, so seats do not lapse mid-rollout. */
    static final int RENEW_WITHIN_DAYS = 30;

    private LicenceSeats() {
    }

    record Need(String id, String tenant, String title, Sku wanted, LicenceSku.Use use) {
    }

    static CheckResult judge(Need n, List<SkuInfo> skus, List<SubscriptionInfo> subs, List<VendorAccount> accounts,
            Map<String, DirectoryUser> existing, Clock clock) {
        Optional<SkuInfo> sku = skus.stream().filter(s -> s.partNumber().equalsIgnoreCase(n.wanted.partNumber()))
                .findFirst();
        if (sku.isEmpty()) {
            return CheckResult.fail(n.id, n.tenant, n.title, "No " + n.wanted.productName() + " ("
                    + n.wanted.partNumber() + ") subscription.", choose(n, skus, subs, accounts.size()));
        }
        if (!sku.get().serves(n.use)) {
            return CheckResult.fail(n.id, n.tenant, n.title, sku.get().label() + " carries no " + n.use.words()
                    + " in this tenant.", choose(n, skus, subs, accounts.size()));
        }
        long needed = accounts.stream().filter(a -> {
            DirectoryUser u = existing.get(a.userPrincipalName().toLowerCase(Locale.ROOT));
            return u == null || !u.licenses().contains(sku.get().skuId());
        }).count();
        Optional<LocalDate> until = until(sku.get(), subs);
        String evidence = sku.get().partNumber() + ": " + sku.get().free() + " free of " + sku.get().enabled()
                + "; the plan needs " + needed + until.map(d -> "; seats last until " + d + " unless renewed")
                        .orElse("") + ".";
        if (sku.get().free() < needed) {
            return CheckResult.fail(n.id, n.tenant, n.title, evidence, "Buy " + (needed - sku.get().free()) + " more "
                    + n.wanted.productName() + " licences before applying, or " + lowerFirst(choose(n, skus, subs,
                            needed)));
        }
        if (n.wanted.endsWithRemoteAssist()) {
            LocalDate end = until.filter(d -> d.isBefore(SupportDates.REMOTE_ASSIST_END))
                    .orElse(SupportDates.REMOTE_ASSIST_END);
            return CheckResult.warn(n.id, n.tenant, n.title, evidence + " It cannot be renewed: its seats end by "
                    + end + ".", choose(n, skus, subs, needed)).withRule(Baseline.REMOTE_ASSIST_END_OF_SUPPORT
                            .label());
        }
        LocalDate today = LocalDate.now(clock);
        if (until.isPresent() && !until.get().isAfter(today.plusDays(RENEW_WITHIN_DAYS))) {
            return CheckResult.warn(n.id, n.tenant, n.title, evidence, "Renew " + sku.get().label() + " before "
                    + until.get() + ", or its accounts lose the licence.");
        }
        return CheckResult.pass(n.id, n.tenant, n.title, evidence);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** The latest day any enabled subscription of the SKU keeps its seats, if Graph gives one. */
    static Optional<LocalDate> until(SkuInfo sku, List<SubscriptionInfo> subs) {
        return subs.stream().filter(s -> s.enabled() && s.nextLifecycle() != null && (sku.skuId().equals(s.skuId())
                || sku.partNumber().equalsIgnoreCase(s.partNumber()))).map(s -> s.nextLifecycle().atOffset(
                        ZoneOffset.UTC).toLocalDate()).max(Comparator.naturalOrder());
    }

    /** The tenant's own SKUs that would do, with seats and their end, those that can be renewed first. */
    private static String choose(Need n, List<SkuInfo> skus, List<SubscriptionInfo> subs, long needed) {
        List<String> fit = skus.stream().filter(s -> s.serves(n.use) && s.free() >= Math.max(1, needed)
                && !LicenceSku.byPartNumber(s.partNumber()).map(LicenceSku::endsWithRemoteAssist).orElse(false))
                .map(s -> s.label() + ", " + s.free() + " free" + until(s, subs).map(d -> " until " + d).orElse(""))
                .toList();
        String known = String.join(", ", LicenceSku.forUse(n.use).stream().filter(s -> !s.endsWithRemoteAssist())
                .map(LicenceSku::partNumber).toList());
        return fit.isEmpty() ? "Buy a licence that carries " + n.use.words() + " (e.g. " + known + ") and name it in"
                + " the plan." : "Choose one the tenant has in the plan: " + String.join("; ", fit) + ".";
    }
}
