package com.tenantbridge.service.reach;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Barriers;
import com.tenantbridge.domain.reach.ExternalAccess;
import com.tenantbridge.domain.reach.Meeting;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.engine.PlanResult;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.FederationConfig;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The world before and after a plan. "After" is what the plan asks for; "before" is the same world taken back
 * by the planner's own diff: whatever a pending change creates is not there yet, and a changed setting has the
 * value the change replaces. Settings the plan leaves alone (external access in the guest scenario) are read
 * from the tenants, once, for both.
 */
public final class ReachWorlds {

    public record BeforeAfter(World before, World after) {
    }

    private ReachWorlds() {
    }

    public static BeforeAfter of(DeploymentPlan plan, PlanResult planned, TenantConnections connections) {
        World after = after(plan, connections);
        return new BeforeAfter(before(after, planned, Worlds.accountGroups(plan.vendors())), after);
    }

    /** The world once the plan is applied: the plan's, with the settings it leaves alone read from the tenants. */
    public static World after(DeploymentPlan plan, TenantConnections connections) {
        World after = Worlds.desired(plan);
        Map<String, ExternalAccess> read = readMissingAccess(after, connections);
        Map<String, ExternalAccess> afterAccess = new HashMap<>(after.externalAccess());
        read.forEach(afterAccess::putIfAbsent);
        return after.withExternalAccess(afterAccess);
    }

    /**
     * The world as the tenants hold it now: the plan's world taken back by what is still to change
     * ({@code remaining}), with the facts only the tenants know and their real external access.
     */
    public static World now(DeploymentPlan plan, PlanResult remaining, TenantConnections connections) {
        World before = before(after(plan, connections), remaining, Worlds.accountGroups(plan.vendors()));
        return TenantFacts.read(plan, before, connections, true);
    }

    /** External access the plan does not set, read from each tenant it can reach; unknown otherwise. */
    private static Map<String, ExternalAccess> readMissingAccess(World w, TenantConnections connections) {
        Map<String, ExternalAccess> out = new HashMap<>();
        Set<String> tenants = new HashSet<>();
        w.parties().stream().filter(p -> p.kind() != Party.Kind.ANONYMOUS).forEach(p -> tenants.add(p.tenant()));
        for (String tenant : tenants) {
            if (w.externalAccess().containsKey(tenant)) {
                continue;
            }
            Optional<TenantPorts> ports = connections.ports(tenant);
            if (ports.isEmpty()) {
                continue;
            }
            try {
                out.put(tenant, access(ports.get().teamsSettings().federation()));
            } catch (PortException e) {
                // Left unknown: the matrix says so rather than guessing.
            }
        }
        return out;
    }

    static ExternalAccess access(FederationConfig c) {
        if (c.allowsAllKnownDomains()) {
            return new ExternalAccess(c.allowFederatedUsers(), true, List.of(), c.blockedDomains());
        }
        return new ExternalAccess(c.allowFederatedUsers(), false, c.allowedDomains(), c.blockedDomains());
    }

    /** {@code groups}: accounts shown as one party per segment, absent before when the plan creates them all. */
    static World before(World after, PlanResult planned, Map<String, List<String>> groups) {
        List<Change> pending = new ArrayList<>(planned.changes());
        Set<String> offline = new HashSet<>(planned.offline().keySet().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .toList());
        Map<String, String> absent = new HashMap<>();
        Map<String, String> leftSegment = new HashMap<>();
        Map<String, ExternalAccess> access = new HashMap<>(after.externalAccess());
        boolean barriersPending = false;
        boolean lobbyPending = false;
        Boolean anonymousJoin = after.meeting() == null ? null : after.meeting().anonymousJoinAllowed();
        for (Change c : pending) {
            String tenant = c.tenant().toLowerCase(Locale.ROOT);
            String email = c.params().get("email");
            switch (c.kind()) {
                case CREATE_USER -> absent.put("account:" + lower(c.params().get("upn")), c.params().get("upn")
                        + " does not exist in " + c.tenant() + " yet");
                case INVITE_GUEST -> absent.put(Worlds.guestId(tenant, lower(email)), email + " is not a guest in "
                        + c.tenant() + " yet");
                case ADD_TEAM_MEMBER -> absent.putIfAbsent(Worlds.guestId(tenant, lower(email)), email + " is not a"
                        + " member of " + c.params().get("team") + " in " + c.tenant());
                case SCHEDULE_MEETING -> after.parties().stream().filter(p -> p.kind() == Party.Kind.ANONYMOUS)
                        .forEach(p -> absent.put(p.id(), "the meeting is not on the organizer's calendar yet, so "
                                + p.label() + " has no invitation"));
                case ADD_GROUP_MEMBER -> {
                    // A licensing group is not a segment: joining it changes nobody's reach.
                    if (!"licensing".equals(c.params().get("purpose"))) {
                        leftSegment.put(lower(c.params().get("upn")), c.params().get("group"));
                    }
                }
                // Policies not yet defined or active keep no one apart; an application still to run after a
                // membership change leaves the active policies in force on the members as they now stand.
                case BARRIER_SEGMENT, BARRIER_POLICY, ACTIVATE_BARRIER_POLICY -> barriersPending = true;
                case TEAMS_GUEST_ACCESS -> after.parties().stream().filter(p -> p.kind() == Party.Kind.GUEST
                        && p.tenant().equals(tenant)).forEach(p -> absent.put(p.id(), c.tenant() + " has Teams guest"
                                + " access turned off (AllowGuestUser)"));
                case MEETING_LOBBY, MEETING_POLICY, ASSIGN_MEETING_POLICY -> lobbyPending = true;
                case TEAMS_FEDERATION -> {
                    ExternalAccess was = fromChange(c.before());
                    if (was == null) {
                        access.remove(tenant);
                    } else {
                        access.put(tenant, was);
                    }
                }
                case MEETING_CONFIGURATION -> {
                    if (Boolean.TRUE.equals(c.before().get("DisableAnonymousJoin"))) {
                        anonymousJoin = Boolean.FALSE;
                    }
                }
                default -> { }
            }
        }
        groups.forEach((id, members) -> {
            if (members.stream().allMatch(upn -> absent.containsKey("account:" + upn))) {
                absent.put(id, "none of its accounts exists yet");
            }
        });
        // A tenant this run cannot reach: its current settings are not known.
        offline.forEach(access::remove);
        List<Party> parties = new ArrayList<>();
        for (Party p : after.parties()) {
            Party q = p;
            if (p.person() != null && leftSegment.containsKey(p.person())) {
                q = q.withSegment(null);
            }
            parties.add(q);
        }
        Barriers barriers = after.barriers() == null ? null : barriersPending
                ? new Barriers(after.barriers().tenant(), after.barriers().policies(), false) : after.barriers();
        // A pending lobby or policy change means the meeting does not let the expert straight in yet.
        Meeting meeting = after.meeting() == null ? null : new Meeting(after.meeting().tenant(),
                after.meeting().organizerId(), offline.contains(after.meeting().tenant()) ? null : anonymousJoin,
                after.meeting().skipsLobby() && !lobbyPending);
        return new World(parties, access, after.domains(), barriers, meeting, after.missing()).without(absent);
    }

    /** The Teams federation settings a change replaces, as the planner recorded them. */
    @SuppressWarnings("unchecked")
    private static ExternalAccess fromChange(Map<String, Object> before) {
        if (before == null || before.isEmpty()) {
            return null;
        }
        boolean enabled = !Boolean.FALSE.equals(before.get("AllowFederatedUsers"));
        Object allowed = before.get("AllowedDomains");
        List<String> blocked = before.get("BlockedDomains") instanceof List<?> l ? (List<String>) l : List.of();
        if (allowed instanceof List<?> list) {
            return new ExternalAccess(enabled, false, (List<String>) list, blocked);
        }
        return new ExternalAccess(enabled, true, List.of(), blocked);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
