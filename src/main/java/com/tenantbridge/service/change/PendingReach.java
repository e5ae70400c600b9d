package com.tenantbridge.service.change;

import com.tenantbridge.domain.reach.ExternalAccess;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.World;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world before a plan, taken back from the world after it one pending change at a time: each kind says what
 * its change, not yet made, still holds back ({@link ChangeHandler#holdsBack}). The reach engine then builds the
 * "before" world from what is gathered here.
 */
public final class PendingReach {

    private final World after;
    /** Parties not there yet, by id, with why. */
    private final Map<String, String> absent = new HashMap<>();
    /** Accounts (lower-case UPN) not yet in their segment's group, with the group. */
    private final Map<String, String> leftSegment = new HashMap<>();
    private final Map<String, ExternalAccess> access;
    private boolean barriersPending;
    private boolean lobbyPending;
    private boolean anonymousJoinOff;

    public PendingReach(World after) {
        this.after = after;
        this.access = new HashMap<>(after.externalAccess());
    }

    /** The parties of a kind in the world after the plan. */
    List<Party> parties(Party.Kind kind) {
        return after.parties().stream().filter(p -> p.kind() == kind).toList();
    }

    void absent(String partyId, String why) {
        absent.put(partyId, why);
    }

    void absentUnlessSaid(String partyId, String why) {
        absent.putIfAbsent(partyId, why);
    }

    void notYetInSegment(String upn, String group) {
        leftSegment.put(lower(upn), group);
    }

    /** Policies not yet defined or active keep no one apart. */
    void barriersPending() {
        barriersPending = true;
    }

    /** A pending lobby or policy change means the meeting does not let the expert straight in yet. */
    void lobbyPending() {
        lobbyPending = true;
    }

    void anonymousJoinOff() {
        anonymousJoinOff = true;
    }

    /** The tenant's external access before the change; null when it is not known. */
    void externalAccessBefore(String tenant, ExternalAccess before) {
        if (before == null) {
            access.remove(lower(tenant));
        } else {
            access.put(lower(tenant), before);
        }
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    public Map<String, String> absent() {
        return absent;
    }

    public Map<String, String> leftSegment() {
        return leftSegment;
    }

    public Map<String, ExternalAccess> externalAccess() {
        return access;
    }

    public boolean isBarriersPending() {
        return barriersPending;
    }

    public boolean isLobbyPending() {
        return lobbyPending;
    }

    public boolean isAnonymousJoinOff() {
        return anonymousJoinOff;
    }
}
