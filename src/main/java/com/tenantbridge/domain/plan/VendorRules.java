package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.validation.CountryCodes;
import com.tenantbridge.domain.validation.EmailAddresses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The vendor-accounts section's rules: the licence and each account, its segment included. */
final class VendorRules {

    private final PlanValidator check;

    VendorRules(PlanValidator check) {
        this.check = check;
    }

    void vendors(VendorPlan v) {
        check.required("vendors.licence", v.licence()).ifPresent(sku -> {
            SkuNames.check(check, "vendors.licence", sku, "Microsoft Teams (TEAMS1)");
            // The accounts call from Teams: their licence must carry the Teams service plan, as the Remote Assist
            // SKU did (licensing-service-plan-reference). One the catalogue only knows in part is left to Checks.
            if (!sku.serves(LicenceSku.Use.TEAMS).orElse(true)) {
                check.error("vendors.licence", sku + " (" + sku.productName() + ") carries no Microsoft Teams, which"
                        + " the accounts call with; use one that does, e.g. "
                        + check.names(LicenceSku.forUse(LicenceSku.Use.TEAMS).stream()
                                .filter(s -> !s.endsWithRemoteAssist()).toList()));
            }
        });
        BarrierPlan barriers = v.informationBarriers();
        Set<String> segmentNames = new HashSet<>();
        if (barriers != null) {
            new BarrierRules(check).barriers(barriers).forEach(n -> segmentNames.add(n.toLowerCase(Locale.ROOT)));
        }
        if (v.accounts().isEmpty()) {
            check.error("vendors.accounts", "add at least one vendor account");
        }
        Map<String, Integer> upns = new HashMap<>();
        Map<String, Integer> contacts = new HashMap<>();
        for (int i = 0; i < v.accounts().size(); i++) {
            String p = "vendors.accounts[" + i + "]";
            VendorAccount a = v.accounts().get(i);
            if (check.required(p, a).isEmpty()) {
                continue;
            }
            check.cell(p + ".displayName", a.displayName());
            if (check.upn(p + ".userPrincipalName", a.userPrincipalName())) {
                Integer first = upns.putIfAbsent(a.userPrincipalName().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    check.error(p + ".userPrincipalName",
                            a.userPrincipalName() + " is already used by vendors.accounts["
                            + first + "]");
                }
            }
            if (check.email(p + ".contactEmail", a.contactEmail())) {
                if (check.isHostDomain(EmailAddresses.domainOf(a.contactEmail()))) {
                    check.error(p + ".contactEmail",
                            a.contactEmail() + " is inside the host tenant; service accounts are"
                            + " for people outside it");
                }
                Integer first = contacts.putIfAbsent(a.contactEmail().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    check.warning(p + ".contactEmail", "the same person as vendors.accounts[" + first
                            + "] gets a second account");
                }
            }
            check.cell(p + ".company", a.company());
            CountryCodes.problem(a.usageLocation()).ifPresent(m -> check.error(p + ".usageLocation", m));
            accountSegment(p, a, barriers, segmentNames);
        }
    }

    private void accountSegment(String p, VendorAccount a, BarrierPlan barriers, Set<String> segmentNames) {
        if (barriers != null && a.userPrincipalName() != null && a.segment() != null) {
            for (Segment s : barriers.segments()) {
                if (s != null && s.name() != null && !s.name().equalsIgnoreCase(a.segment())
                        && s.members().stream().anyMatch(m -> a.userPrincipalName().equalsIgnoreCase(m))) {
                    check.error(p + ".segment", a.userPrincipalName() + " is also a member of segment " + s.name()
                            + "; an account belongs to exactly one segment");
                }
            }
        }
        if (barriers == null) {
            if (a.segment() != null) {
                check.warning(p + ".segment", "ignored: the plan has no information barriers");
            }
            return;
        }
        if (a.segment() == null || a.segment().isBlank()) {
            check.error(p + ".segment", "required: with information barriers every account belongs to one segment");
        } else if (!segmentNames.contains(a.segment().toLowerCase(Locale.ROOT))) {
            check.error(p + ".segment", "\u201c" + a.segment() + "\u201d is not a segment of this plan");
        }
    }
}
