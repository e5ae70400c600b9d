package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Map;

/** Undoing partner settings a run created, without taking away directions someone else set since. */
final class PartnerUndo {

    private PartnerUndo() {
    }

    /** Whether the partner now has a direction the run did not set (a value other than the default, or scoped). */
    @SuppressWarnings("unchecked")
    static boolean othersSetSince(TenantPorts p, String partner, Map<String, Object> result) {
        Map<String, Object> set = result.get("set") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return p.crossTenantAccess().partner(partner).map(now -> PartnerSettings.DIRECTIONS.stream()
                .filter(d -> !set.containsKey(d)).anyMatch(d -> now.scoped(d) || now.get(d) != AccessSetting.INHERIT))
                .orElse(false);
    }

    /** The run's directions, each back to the default; the others left alone. */
    @SuppressWarnings("unchecked")
    static PartnerSettings backToDefault(Map<String, Object> result) {
        Map<String, Object> set = result.get("set") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        AccessSetting[] v = new AccessSetting[4];
        for (int i = 0; i < 4; i++) {
            v[i] = set.containsKey(PartnerSettings.DIRECTIONS.get(i)) ? AccessSetting.INHERIT : null;
        }
        return new PartnerSettings(v[0], v[1], v[2], v[3]);
    }
}
