package com.tenantbridge.service.check;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The vendor-accounts scenario's prerequisites: free licences, the accounts' names, information barriers. */
final class VendorChecks {

    private VendorChecks() {
    }

    static void add(Checks c, DeploymentPlan plan, TenantConnections connections) {
        String tenant = plan.hostTenant().domain();
        VendorPlan v = plan.vendors();
        Optional<TenantPorts> ports = connections.ports(tenant);
        if (ports.isEmpty()) {
            return;
        }
        TenantPorts p = ports.get();
        List<String> upns = v.accounts().stream().map(VendorAccount::userPrincipalName).toList();
        Map<String, DirectoryUser> existing = new java.util.HashMap<>();
        c.run("VEND-04", tenant, "Existing accounts", () -> {
            p.directory().findUsers(upns).forEach((k, u) -> existing.put(k.toLowerCase(Locale.ROOT), u));
            return CheckResult.pass("VEND-04", tenant, "Existing accounts", existing.isEmpty()
                    ? "None of the " + upns.size() + " accounts exists yet."
                    : existing.size() + " of the " + upns.size() + " accounts exist already and are left as they are.");
        });
        List<SkuInfo> skus = new ArrayList<>();
        c.run("VEND-01", tenant, "Free Remote Assist licences", () -> {
            skus.addAll(p.licensing().subscribedSkus());
            return seats("VEND-01", tenant, "Free Remote Assist licences", skus, v.licence(), v.accounts(), existing);
        });
        if (v.informationBarriers() != null) {
            BarrierPrerequisites.check(c, tenant, p);
            c.run("VEND-02", tenant, "Free information-barrier licences", () -> seats("VEND-02", tenant,
                    "Free information-barrier licences", skus, v.informationBarriers().licence(), v.accounts(),
                    existing));
            Set<String> members = new LinkedHashSet<>();
            v.informationBarriers().segments().forEach(s -> members.addAll(s.members()));
            if (!members.isEmpty()) {
                String title = "The segments' existing members exist";
                c.run("VEND-05", tenant, title, () -> {
                    Map<String, DirectoryUser> found = p.directory().findUsers(List.copyOf(members));
                    List<String> missing = members.stream().filter(m -> found.keySet().stream()
                            .noneMatch(k -> k.equalsIgnoreCase(m))).toList();
                    return missing.isEmpty() ? CheckResult.pass("VEND-05", tenant, title, members.size() + " found.")
                            : CheckResult.fail("VEND-05", tenant, title, "Not found: " + String.join(", ", missing),
                                    "Correct the members in the plan.");
                });
            }
        }
    }

    private static CheckResult seats(String id, String tenant, String title, List<SkuInfo> skus, LicenceSku wanted,
            List<VendorAccount> accounts, Map<String, DirectoryUser> existing) {
        Optional<SkuInfo> sku
                = skus.stream().filter(s -> s.partNumber().equalsIgnoreCase(wanted.partNumber())).findFirst();
        if (sku.isEmpty()) {
            return CheckResult.fail(id, tenant, title, "No " + wanted.productName() + " (" + wanted.partNumber()
                    + ") subscription.", "Buy " + wanted.productName() + " licences, or choose another SKU in the plan.");
        }
        long needed = accounts.stream().filter(a -> {
            DirectoryUser u = existing.get(a.userPrincipalName().toLowerCase(Locale.ROOT));
            return u == null || !u.licenses().contains(sku.get().skuId());
        }).count();
        String evidence = wanted.partNumber() + ": " + sku.get().free() + " free of " + sku.get().enabled()
                + "; the plan needs " + needed + ".";
        return sku.get().free() >= needed ? CheckResult.pass(id, tenant, title, evidence)
                : CheckResult.fail(id, tenant, title, evidence, "Buy " + (needed - sku.get().free()) + " more "
                        + wanted.productName() + " licences before applying; nothing is created until they are there.");
    }
}
