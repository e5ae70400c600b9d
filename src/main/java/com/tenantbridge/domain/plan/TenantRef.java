package com.tenantbridge.domain.plan;

import java.util.ArrayList;
import java.util.List;

/** A Microsoft 365 tenant, named by its people and found by its domain. tenantId is optional. */
public record TenantRef(String name, String domain, List<String> additionalDomains, String tenantId) {

    public TenantRef {
        // Domains are case-insensitive (DNS), but filters, ids and comparisons built from them are not: one form.
        domain = domain == null ? null : domain.toLowerCase(java.util.Locale.ROOT);
        additionalDomains = Lists.copy(additionalDomains).stream()
                .map(d -> d == null ? null : d.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public static TenantRef of(String name, String domain) {
        return new TenantRef(name, domain, List.of(), null);
    }

    /** Every domain of this tenant, the primary one first, skipping blanks. */
    public List<String> allDomains() {
        List<String> all = new ArrayList<>();
        if (domain != null && !domain.isBlank()) {
            all.add(domain);
        }
        for (String d : additionalDomains) {
            if (d != null && !d.isBlank()) {
                all.add(d);
            }
        }
        return List.copyOf(all);
    }

    public String label() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return domain == null ? "(unnamed tenant)" : domain;
    }
}
