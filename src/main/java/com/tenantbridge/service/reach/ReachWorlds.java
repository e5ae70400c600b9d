package com.tenantbridge.service.reach;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Barriers;
import com.tenantbridge.domain.reach.ExternalAccess;
import com.tenantbridge.domain.reach.Meeting;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.engine.Change;
import com.tenantbridge.service.engine.ChangeKind;
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
        World after = Worlds.desired(plan);
        Map<String, ExternalAccess> read = readMissingAccess(after, connections);
        Map<String, ExternalAccess> afterAccess = new HashMap<>(after.externalAccess());
        read.forEach(afterAccess::putIfAbsent);
        after = new World(after.parties(), afterAccess, after.domains(), after.barriers(), after.meeting());
        return new BeforeAfter(before(after, planned, Worlds.accountGroups(plan.vendors())), after);
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
        Set<String> absent = new HashSet<>();
        Map<String, String> leftSegment = new HashMap<>();
        Map<String, ExternalAccess> access = new HashMap<>(after.externalAccess());
        boolean barriersPending = false;
        Boolean anonymousJoin = after.meeting() == null ? null : after.meeting().anonymousJoinAllowed();
        for (Change c : pending) {
            String tenant = c.tenant().toLowerCase(Locale.ROOT);
            switch (c.kind()) {
                case CREATE_USER -> absent.add("account:" + lower(c.params().get("upn")));
                case INVITE_GUEST, ADD_TEAM_MEMBER -> absent.add("guest:" + tenant + ":" + lower(c.params().get("email")));
                case SCHEDULE_MEETING -> after.parties().stream().filter(p -> p.kind() == Party.Kind.ANONYMOUS)
                        .forEach(p -> absent.add(p.id()));
                case ADD_GROUP_MEMBER -> leftSegment.put(lower(c.params().get("upn")), c.params().get("group"));
                case BARRIER_SEGMENT, BARRIER_POLICY, ACTIVATE_BARRIER_POLICY, APPLY_BARRIERS -> barriersPending = true;
                case TEAMS_GUEST_ACCESS -> after.parties().stream().filter(p -> p.kind() == Party.Kind.GUEST
                        && p.tenant().equals(tenant)).forEach(p -> absent.add(p.id()));
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
            if (members.stream().allMatch(upn -> absent.contains("account:" + upn))) {
                absent.add(id);
            }
        });
        // A tenant this run cannot reach: its current settings are not known.
        offline.forEach(access::remove);
        List<Party> parties = new ArrayList<>();
        for (Party p : after.parties()) {
            Party q = absent.contains(p.id()) ? p.withPresent(false) : p;
            if (p.person() != null && leftSegment.containsKey(p.person())) {
                q = q.withSegment(null);
            }
            parties.add(q);
        }
        Barriers barriers = after.barriers() == null ? null : barriersPending
                ? new Barriers(after.barriers().tenant(), after.barriers().policies(), false) : after.barriers();
        Meeting meeting = after.meeting() == null ? null : new Meeting(after.meeting().tenant(),
                after.meeting().organizerId(), offline.contains(after.meeting().tenant()) ? null : anonymousJoin,
                after.meeting().skipsLobby());
        return new World(parties, access, after.domains(), barriers, meeting);
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
