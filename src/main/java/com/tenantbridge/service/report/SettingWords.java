package com.tenantbridge.service.report;

import com.tenantbridge.domain.Words;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.PartnerSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A setting as the journal records it, in the words a customer reads: "open to every organisation", "only
 * contoso1.com and contoso2.com", "B2B collaboration inbound: allowed", rather than the maps TenantBridge keeps.
 */
final class SettingWords {

    private SettingWords() {
    }

    static String of(String kind, Map<String, Object> m) {
        if (m == null || m.isEmpty()) {
            return "not set";
        }
        return switch (kind == null ? "" : kind) {
            case "TEAMS_FEDERATION" -> federation(m);
            case "MEETING_CONFIGURATION" -> yes(m.get("DisableAnonymousJoin")) ? "anonymous users cannot join meetings"
                    : "anonymous users can join meetings";
            case "TEAMS_GUEST_ACCESS" -> yes(m.get("AllowGuestUser")) ? "guests allowed in Teams"
                    : "guests not allowed in Teams";
            case "MEETING_POLICY" -> "meeting policy " + m.get("Identity") + ": anonymous users "
                    + (yes(m.get("AllowAnonymousUsersToJoinMeeting")) ? "may" : "may not") + " join; admitted"
                    + " without waiting: " + admitted(String.valueOf(m.get("AutoAdmittedUsers")));
            case "ASSIGN_MEETING_POLICY" -> "meeting policy " + m.get("PolicyName");
            case "CROSS_TENANT_PARTNER" -> partner(m);
            default -> generic(m);
        };
    }

    private static String federation(Map<String, Object> m) {
        Object allowed = m.get("AllowedDomains");
        return new FederationConfig(yes(m.get("AllowFederatedUsers")), "AllowAllKnownDomains".equals(allowed) ? null
                : list(allowed), list(m.get("BlockedDomains"))).inWords();
    }

    private static String partner(Map<String, Object> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((direction, value) -> parts.add(PartnerSettings.words(direction) + ": " + ("INHERIT"
                .equalsIgnoreCase(String.valueOf(value))
                        ? "as the tenant's default" : String.valueOf(value).toLowerCase(Locale.ROOT))));
        return String.join("; ", parts);
    }

    private static String admitted(String value) {
        return switch (value) {
            case "Everyone" -> "everyone";
            case "EveryoneInCompany" -> "people in the organisation";
            case "EveryoneInCompanyExcludingGuests" -> "people in the organisation, not guests";
            case "EveryoneInSameAndFederatedCompany" -> "people in the organisation and trusted organisations";
            case "OrganizerOnly" -> "the organizer only";
            default -> value;
        };
    }

    private static String generic(Map<String, Object> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + ": " + (v instanceof Collection<?> c ? Words.and(list(c))
                : v instanceof Boolean b ? (b ? "yes" : "no") : String.valueOf(v))));
        return String.join("; ", parts);
    }

    private static boolean yes(Object v) {
        return Boolean.TRUE.equals(v) || "true".equalsIgnoreCase(String.valueOf(v));
    }

    private static List<String> list(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

}
