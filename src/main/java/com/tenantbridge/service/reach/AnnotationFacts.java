package com.tenantbridge.service.reach;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.PartnerTenant;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.plan.SupportDates;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who on a plan's calls holds a licence that lets a Teams call annotate, read from the tenants: each named person's
 * assigned SKUs judged by the service plans those SKUs carry (subscribedSku servicePlans), so Remote Assist held
 * inside Field Service counts; for a federation, whether anyone in a tenant holds one. {@code now}: the vendor
 * accounts as they are (Verify); otherwise as the plan will license them (Checks). A failed read leaves the
 * holding unknown.
 */
final class AnnotationFacts {

    private AnnotationFacts() {
    }

    static Map<String, String> read(DeploymentPlan plan, TenantConnections connections, boolean now) {
        Map<String, String> out = new HashMap<>();
        if (plan.app().endsWithRemoteAssist() || plan.hostTenant() == null) {
            return out;
        }
        switch (plan.scenario()) {
            case VENDOR_ACCOUNTS -> vendors(plan, connections, now, out);
            case GUEST_ACCESS -> guests(plan, connections, out);
            case ANONYMOUS_JOIN -> people(plan.hostTenant().domain(), plan.anonymousJoin() == null
                    || plan.anonymousJoin().meeting() == null ? List.of()
                            : List.of(plan.anonymousJoin().meeting().organizer()), connections, out);
            case FEDERATION -> federation(plan, connections, out);
        }
        return out;
    }

    private static void vendors(DeploymentPlan plan, TenantConnections connections, boolean now,
            Map<String, String> out) {
        if (plan.vendors() == null) {
            return;
        }
        Set<String> people = new LinkedHashSet<>();
        if (plan.vendors().informationBarriers() != null) {
            for (Segment s : plan.vendors().informationBarriers().segments()) {
                if (s != null) {
                    s.members().stream().filter(m -> m != null && !m.isBlank()).forEach(people::add);
                }
            }
        }
        List<String> accounts = plan.vendors().accounts().stream().filter(a -> a != null
                && a.userPrincipalName() != null).map(VendorAccount::userPrincipalName).toList();
        if (now) {
            people.addAll(accounts);
        }
        Optional<List<SkuInfo>> skus = people(plan.hostTenant().domain(), List.copyOf(people), connections, out);
        if (!now && skus.isPresent() && plan.vendors().licence() != null) {
            // Checks judges the tenant once the plan is applied: the accounts hold the plan's licence.
            String part = plan.vendors().licence().partNumber();
            skus.get().stream().filter(s -> s.partNumber().equalsIgnoreCase(part)).findFirst().ifPresent(sku ->
                    accounts.forEach(a -> out.put(a.toLowerCase(Locale.ROOT), sku.serves(LicenceSku.Use.ANNOTATIONS)
                            ? holding(sku) : "")));
        }
    }

    private static void guests(DeploymentPlan plan, TenantConnections connections, Map<String, String> out) {
        if (plan.guestAccess() == null) {
            return;
        }
        List<String> experts = new ArrayList<>();
        for (GuestTarget t : plan.guestAccess().targets()) {
            if (t == null) {
                continue;
            }
            t.guests().stream().filter(g -> g != null && g.email() != null).forEach(g -> experts.add(g.email()));
            String d = Worlds.domain(t.tenant());
            if (d != null) {
                anyone(d, connections, out);
            }
        }
        people(plan.hostTenant().domain(), experts, connections, out);
    }

    private static void federation(DeploymentPlan plan, TenantConnections connections, Map<String, String> out) {
        anyone(Worlds.domain(plan.hostTenant()), connections, out);
        if (plan.federation() != null) {
            for (PartnerTenant p : plan.federation().partners()) {
                String d = p == null ? null : Worlds.domain(p.tenant());
                if (d != null) {
                    anyone(d, connections, out);
                }
            }
        }
    }

    /** Reads the people's licences in {@code tenant}; returns the tenant's SKUs when they could be read. */
    private static Optional<List<SkuInfo>> people(String tenant, List<String> upns, TenantConnections connections,
            Map<String, String> out) {
        Optional<TenantPorts> ports = connections.ports(tenant);
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<SkuInfo> skus = ports.get().licensing().subscribedSkus();
            List<String> named = upns.stream().filter(u -> u != null && !u.isBlank()).toList();
            if (named.isEmpty()) {
                return Optional.of(skus);
            }
            Map<UUID, SkuInfo> byId = new HashMap<>();
            skus.forEach(s -> byId.put(s.skuId(), s));
            for (DirectoryUser u : ports.get().directory().findUsers(named).values()) {
                String held = u.licenses().stream().map(byId::get).filter(s -> s != null
                        && s.serves(LicenceSku.Use.ANNOTATIONS)).findFirst().map(AnnotationFacts::holding).orElse("");
                out.put(u.userPrincipalName().toLowerCase(Locale.ROOT), held);
                if (u.mail() != null) {
                    out.put(u.mail().toLowerCase(Locale.ROOT), held);
                }
            }
            return Optional.of(skus);
        } catch (PortException e) {
            return Optional.empty();
        }
    }

    /** Whether anyone in a tenant holds an annotation licence: a SKU that carries one with a seat in use. */
    private static void anyone(String tenant, TenantConnections connections, Map<String, String> out) {
        Optional<TenantPorts> ports = tenant == null ? Optional.empty() : connections.ports(tenant);
        if (ports.isEmpty()) {
            return;
        }
        try {
            Optional<SkuInfo> held = ports.get().licensing().subscribedSkus().stream().filter(s -> s.consumed() > 0
                    && s.serves(LicenceSku.Use.ANNOTATIONS)).findFirst();
            out.put(World.tenantKey(tenant), held.map(s -> holding(s) + ", " + s.consumed() + " assigned")
                    .orElse(""));
        } catch (PortException e) {
            // Not known: the tenant's other checks name the failed read.
        }
    }

    /** "Dynamics 365 Field Service (DYN365_ENTERPRISE_FIELD_SERVICE)", or the plan it carries one through. */
    static String holding(SkuInfo sku) {
        var plan = sku.planFor(LicenceSku.Use.ANNOTATIONS);
        String name = plan.map(p -> p.friendlyName()).orElse("");
        return sku.label() + (name.isEmpty() || sku.label().startsWith(name) ? "" : ", with " + name)
                + (plan.isPresent() && plan.get().endsWithRemoteAssist() ? ", until " + SupportDates.REMOTE_ASSIST_END
                        : "");
    }
}
