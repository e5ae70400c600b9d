package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.CrossTenantAccess;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.TenantPorts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans Microsoft Entra cross-tenant access partner settings in one tenant for another. */
final class CrossTenantPlanning {

    private CrossTenantPlanning() {
    }

    /** Returns the change id, or null when nothing changes or it cannot be planned. */
    static String plan(PlanContext ctx, String tenant, TenantRef partner, CrossTenantAccess wanted,
            List<String> dependsOn) {
        PartnerSettings desired = settings(wanted);
        String key = partner.domain();
        String id = Change.idOf(tenant, ChangeKind.CROSS_TENANT_PARTNER, key);
        Optional<TenantPorts> ports = ctx.ports(tenant);
        if (ports.isEmpty()) {
            return ctx.offline(new Change(id, tenant, ChangeKind.CROSS_TENANT_PARTNER,
                    tenant + ": cross-tenant access for " + partner.label() + " \u2014 " + text(desired), null,
                    map(desired), dependsOn, Maps.params("partnerDomain", partner.domain(), "partnerTenantId",
                            partner.tenantId())));
        }
        String partnerId = partner.tenantId() != null ? partner.tenantId()
                : ports.get().directory().resolveTenantId(partner.domain()).orElse(null);
        if (partnerId == null) {
            ctx.note(tenant + ": no tenant owns " + partner.domain() + ", so its cross-tenant access settings cannot"
                    + " be planned.");
            return null;
        }
        Optional<PartnerSettings> current = ports.get().crossTenantAccess().partner(partnerId);
        // Read, then change only the directions the plan names and the tenant does not hold already; the others,
        // and any the tenant limits to chosen users or groups, stay as they are.
        AccessSetting[] write = new AccessSetting[4];
        AccessSetting[] was = new AccessSetting[4];
        List<String> narrows = new java.util.ArrayList<>();
        boolean any = false;
        for (int i = 0; i < 4; i++) {
            String d = PartnerSettings.DIRECTIONS.get(i);
            AccessSetting want = desired.get(d);
            if (want == null) {
                continue;
            }
            if (current.isPresent() && current.get().scoped(d)) {
                ctx.note(tenant + ": " + label(d) + " for " + partner.label() + " is limited to chosen users, groups"
                        + " or applications; TenantBridge keeps it as it is rather than set it to "
                        + want.name().toLowerCase(java.util.Locale.ROOT) + " for everyone.");
                continue;
            }
            AccessSetting now = current.map(c -> c.get(d)).orElse(AccessSetting.INHERIT);
            if (now != want) {
                write[i] = want;
                was[i] = now;
                any = true;
                if (want == AccessSetting.BLOCKED) {
                    narrows.add(Narrowing.blocked(tenant, label(d), partner.label()));
                }
            }
        }
        if (!any) {
            return null;
        }
        PartnerSettings after = new PartnerSettings(write[0], write[1], write[2], write[3]);
        String cut = narrows.isEmpty() ? null : String.join("; ", narrows);
        return ctx.add(new Change(id, tenant, ChangeKind.CROSS_TENANT_PARTNER,
                tenant + ": cross-tenant access for " + partner.label() + " \u2014 " + text(after)
                        + (cut == null ? "" : " (narrowing: " + cut + ")"),
                current.isPresent() ? map(new PartnerSettings(was[0], was[1], was[2], was[3])) : null, map(after),
                dependsOn, Maps.params("partnerDomain", partner.domain(), "partnerTenantId", partnerId, Change.NARROWS,
                        cut)));
    }

    private static String label(String direction) {
        return switch (direction) {
            case "b2bCollaborationInbound" -> "B2B collaboration inbound";
            case "b2bCollaborationOutbound" -> "B2B collaboration outbound";
            case "b2bDirectConnectInbound" -> "B2B direct connect inbound";
            default -> "B2B direct connect outbound";
        };
    }

    /** What the plan asks; a direction it leaves out (null) is not managed. */
    static PartnerSettings settings(CrossTenantAccess cta) {
        return new PartnerSettings(cta.b2bCollaborationInbound(), cta.b2bCollaborationOutbound(),
                cta.b2bDirectConnectInbound(), cta.b2bDirectConnectOutbound());
    }

    /** The directions set, by name; those left alone are not in it. */
    static Map<String, Object> map(PartnerSettings s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (String d : PartnerSettings.DIRECTIONS) {
            if (s.get(d) != null) {
                m.put(d, s.get(d).name());
            }
        }
        return m;
    }

    private static String text(PartnerSettings s) {
        StringBuilder sb = new StringBuilder();
        for (String d : PartnerSettings.DIRECTIONS) {
            if (s.get(d) != null) {
                sb.append(sb.length() == 0 ? "" : ", ").append(label(d)).append(' ').append(s.get(d) == AccessSetting
                        .INHERIT ? "back to the default" : s.get(d).name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb + "; the other directions stay as they are";
    }
}
