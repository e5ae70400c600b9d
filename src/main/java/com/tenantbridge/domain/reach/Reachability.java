package com.tenantbridge.domain.reach;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for two parties and a channel, whether one can reach the other and which setting or policy says
 * so, following the seeds: external access needs both tenants to allow each other and finds people only by
 * full email; a guest reaches the people of its team; barriers keep segments apart in every channel; an
 * anonymous expert meets the organizer only in the scheduled meeting.
 */
public final class Reachability {

    private Reachability() {
    }

    public static Map<Channel, Cell> between(World w, Party a, Party b) {
        Map<Channel, Cell> cells = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            cells.put(c, cell(w, a, b, c));
        }
        return cells;
    }

    public static Cell cell(World w, Party a, Party b, Channel c) {
        if (!a.present()) {
            return Cell.no(w.whyMissing(a));
        }
        if (!b.present()) {
            return Cell.no(w.whyMissing(b));
        }
        if (a.kind() == Party.Kind.ANONYMOUS || b.kind() == Party.Kind.ANONYMOUS) {
            return anonymous(w, a, b, c);
        }
        if (a.kind() == Party.Kind.GUEST || b.kind() == Party.Kind.GUEST) {
            return guest(w, a, b, c);
        }
        if (!a.tenant().equalsIgnoreCase(b.tenant())) {
            return external(w, a, b, c);
        }
        return sameTenant(w, a, b, c);
    }

    private static Cell sameTenant(World w, Party a, Party b, Channel c) {
        Barriers barriers = w.barriers();
        if (barriers != null && barriers.tenant().equalsIgnoreCase(a.tenant())) {
            if (barriers.active()) {
                Optional<String> apart = barriers.apart(a.segment(), b.segment());
                if (apart.isPresent()) {
                    return Cell.no("information barrier, " + apart.get());
                }
            } else if (!barriers.policies().isEmpty()) {
                return c == Channel.SEARCH ? Cell.yes("same tenant, by name; barrier policies not in effect yet")
                        : Cell.yes("same tenant; barrier policies not in effect yet");
            }
        }
        return c == Channel.SEARCH ? Cell.yes("same tenant, by name") : Cell.yes("same tenant");
    }

    private static Cell external(World w, Party a, Party b, Channel c) {
        ExternalAccess ea = w.externalAccess().get(a.tenant());
        ExternalAccess eb = w.externalAccess().get(b.tenant());
        if (ea == null || eb == null) {
            String unknown = ea == null ? a.tenant() : b.tenant();
            return Cell.unknown("Teams external access of " + unknown + " is not known (not in the plan; connect"
                    + " to read it)");
        }
        Optional<String> refused = ea.refuses(a.tenant(), w.domainsOf(b.tenant()))
                .or(() -> eb.refuses(b.tenant(), w.domainsOf(a.tenant())));
        if (refused.isPresent()) {
            return Cell.no("external access: " + refused.get());
        }
        return c == Channel.SEARCH ? Cell.limited("external access: by full email address only")
                : Cell.yes("external access: both tenants allow each other");
    }

    private static Cell guest(World w, Party a, Party b, Channel c) {
        Party guest = a.kind() == Party.Kind.GUEST ? a : b;
        Party other = guest == a ? b : a;
        if (!other.tenant().equalsIgnoreCase(guest.tenant())) {
            return Cell.no("a guest account acts only in " + guest.tenant() + "; the expert switches tenant in"
                    + " Teams to work there");
        }
        boolean sameTeam = other.team() != null && other.team().equalsIgnoreCase(guest.team());
        if (!sameTeam) {
            return Cell.no("guest access reaches only the people of " + guest.team());
        }
        return c == Channel.SEARCH ? Cell.yes("guest in " + guest.team() + ", by name within the team")
                : Cell.yes("guest in " + guest.team());
    }

    private static Cell anonymous(World w, Party a, Party b, Channel c) {
        Party anon = a.kind() == Party.Kind.ANONYMOUS ? a : b;
        Party other = anon == a ? b : a;
        Meeting m = w.meeting();
        if (other.kind() == Party.Kind.ANONYMOUS) {
            return Cell.no("anonymous participants have no account to find each other by");
        }
        if (m == null || !other.id().equals(m.organizerId())) {
            return Cell.no("only the organizer's meeting admits " + anon.label() + "; the anonymous expert cannot"
                    + " add people");
        }
        if (m.anonymousJoinAllowed() == null) {
            return Cell.unknown("whether " + m.tenant() + " lets anonymous users join is not known");
        }
        if (!m.anonymousJoinAllowed()) {
            return Cell.no(m.tenant() + " does not let anonymous users join meetings (DisableAnonymousJoin)");
        }
        return switch (c) {
            case SEARCH, CHAT -> Cell.no("an anonymous participant has no account in " + m.tenant());
            case MEETING -> other == a ? Cell.yes("invited by email to the scheduled Teams meeting")
                    : Cell.no("an anonymous participant cannot invite anyone");
            case CALL, SCREEN -> Cell.limited("only in the scheduled meeting, joined by its link"
                    + (m.skipsLobby() ? "; skips the lobby" : "; waits in the lobby until admitted in Teams"));
        };
    }
}
