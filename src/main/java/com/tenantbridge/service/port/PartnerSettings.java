package com.tenantbridge.service.port;

import com.tenantbridge.domain.plan.AccessSetting;
import java.util.List;
import java.util.Set;

/**
 * Cross-tenant access settings for a partner, one value per direction: all users and applications allowed,
 * blocked, or unset (inherit the default). In a write, a null direction is left as the tenant has it: only what a
 * plan manages is sent. {@code scoped} names the directions the tenant limits to chosen users, groups or
 * applications (crossTenantAccessPolicyTargetConfiguration targets other than AllUsers / AllApplications): their
 * value says allowed or blocked, but not for whom, so they are read, never rewritten. {@code others} names, in words,
 * what else is set on the partner configuration: "inbound trust", "automatic user consent", "multitenant
 * organization membership" (identity synchronization is read on its own) — a configuration carrying any of them is
 * never deleted.
 */
public record PartnerSettings(AccessSetting b2bCollaborationInbound, AccessSetting b2bCollaborationOutbound,
        AccessSetting b2bDirectConnectInbound, AccessSetting b2bDirectConnectOutbound, Set<String> scoped,
        Set<String> others) {

    /** The directions, by their Graph property names. */
    public static final List<String> DIRECTIONS = List.of("b2bCollaborationInbound", "b2bCollaborationOutbound",
            "b2bDirectConnectInbound", "b2bDirectConnectOutbound");

    public PartnerSettings {
        scoped = scoped == null ? Set.of() : Set.copyOf(scoped);
        others = others == null ? Set.of() : Set.copyOf(others);
    }

    public PartnerSettings(AccessSetting b2bCollaborationInbound, AccessSetting b2bCollaborationOutbound,
            AccessSetting b2bDirectConnectInbound, AccessSetting b2bDirectConnectOutbound, Set<String> scoped) {
        this(b2bCollaborationInbound, b2bCollaborationOutbound, b2bDirectConnectInbound, b2bDirectConnectOutbound,
                scoped, Set.of());
    }

    public PartnerSettings(AccessSetting b2bCollaborationInbound, AccessSetting b2bCollaborationOutbound,
            AccessSetting b2bDirectConnectInbound, AccessSetting b2bDirectConnectOutbound) {
        this(b2bCollaborationInbound, b2bCollaborationOutbound, b2bDirectConnectInbound, b2bDirectConnectOutbound,
                Set.of());
    }

    /** The value of one direction (a name from {@link #DIRECTIONS}); null when a write leaves it alone. */
    public AccessSetting get(String direction) {
        return switch (direction) {
            case "b2bCollaborationInbound" -> b2bCollaborationInbound;
            case "b2bCollaborationOutbound" -> b2bCollaborationOutbound;
            case "b2bDirectConnectInbound" -> b2bDirectConnectInbound;
            case "b2bDirectConnectOutbound" -> b2bDirectConnectOutbound;
            default -> throw new IllegalArgumentException("no direction " + direction);
        };
    }

    /** A direction's name in words: b2bCollaborationInbound → "B2B collaboration inbound". */
    public static String words(String direction) {
        return direction.replace("b2bCollaboration", "B2B collaboration ").replace("b2bDirectConnect",
                "B2B direct connect ").replace("Inbound", "inbound").replace("Outbound", "outbound");
    }

    public boolean scoped(String direction) {
        return scoped.contains(direction);
    }
}
