package com.tenantbridge.service.check;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.SubscriptionInfo;
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

    static void add(Checks c, DeploymentPlan plan, TenantConnections connections, java.time.Clock clock) {
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
        List<SubscriptionInfo> subs = new ArrayList<>();
        String seatsTitle = "A licence with Teams for each account";
        c.run("VEND-01", tenant, seatsTitle, () -> {
            skus.addAll(p.licensing().subscribedSkus());
            try {
                subs.addAll(p.licensing().subscriptions());
            } catch (com.tenantbridge.service.port.PortException e) {
                // Without subscriptions the seats are judged without their end date; the SKUs were read.
            }
            return LicenceSeats.judge(new LicenceSeats.Need("VEND-01", tenant, seatsTitle, v.licence(),
                    LicenceSku.Use.TEAMS), skus, subs, v.accounts(), existing, clock);
        });
        if (v.informationBarriers() != null) {
            BarrierPrerequisites.check(c, tenant, p);
            String ibTitle = "A licence with information barriers for each account";
            c.run("VEND-02", tenant, ibTitle, () -> LicenceSeats.judge(new LicenceSeats.Need("VEND-02", tenant,
                    ibTitle, v.informationBarriers().licence(), LicenceSku.Use.INFORMATION_BARRIERS), skus, subs,
                    v.accounts(), existing, clock));
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
}
