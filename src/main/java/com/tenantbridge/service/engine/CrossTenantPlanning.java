package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.domain.plan.CrossTenantAccess;
import com.tenantbridge.domain.plan.TenantRef;
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
        if (current.isEmpty() && desired.equals(PartnerSettings.INHERIT_ALL)) {
            return null;
        }
        if (current.isPresent() && current.get().equals(desired)) {
            return null;
        }
        return ctx.add(new Change(id, tenant, ChangeKind.CROSS_TENANT_PARTNER,
                tenant + ": cross-tenant access for " + partner.label() + " \u2014 " + text(desired),
                current.map(CrossTenantPlanning::map).orElse(null), map(desired), dependsOn,
                Maps.params("partnerDomain", partner.domain(), "partnerTenantId", partnerId)));
    }

    static PartnerSettings settings(CrossTenantAccess cta) {
        return new PartnerSettings(or(cta.b2bCollaborationInbound()), or(cta.b2bCollaborationOutbound()),
                or(cta.b2bDirectConnectInbound()), or(cta.b2bDirectConnectOutbound()));
    }

    private static AccessSetting or(AccessSetting s) {
        return s == null ? AccessSetting.INHERIT : s;
    }

    static Map<String, Object> map(PartnerSettings s) {
        return Maps.of("b2bCollaborationInbound", s.b2bCollaborationInbound().name(),
                "b2bCollaborationOutbound", s.b2bCollaborationOutbound().name(),
                "b2bDirectConnectInbound", s.b2bDirectConnectInbound().name(),
                "b2bDirectConnectOutbound", s.b2bDirectConnectOutbound().name());
    }

    static PartnerSettings fromMap(Map<String, Object> m) {
        return new PartnerSettings(AccessSetting.valueOf(String.valueOf(m.get("b2bCollaborationInbound"))),
                AccessSetting.valueOf(String.valueOf(m.get("b2bCollaborationOutbound"))),
                AccessSetting.valueOf(String.valueOf(m.get("b2bDirectConnectInbound"))),
                AccessSetting.valueOf(String.valueOf(m.get("b2bDirectConnectOutbound"))));
    }

    private static String text(PartnerSettings s) {
        StringBuilder sb = new StringBuilder();
        append(sb, "B2B collaboration inbound", s.b2bCollaborationInbound());
        append(sb, "B2B collaboration outbound", s.b2bCollaborationOutbound());
        append(sb, "B2B direct connect inbound", s.b2bDirectConnectInbound());
        append(sb, "B2B direct connect outbound", s.b2bDirectConnectOutbound());
        return sb.length() == 0 ? "all inherited from the default" : sb.toString();
    }

    private static void append(StringBuilder sb, String what, AccessSetting s) {
        if (s != AccessSetting.INHERIT) {
            sb.append(sb.length() == 0 ? "" : ", ").append(what).append(' ').append(s.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
