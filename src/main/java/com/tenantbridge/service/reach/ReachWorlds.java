package com.tenantbridge.service.reach;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Barriers;
import com.tenantbridge.domain.reach.ExternalAccess;
import com.tenantbridge.domain.reach.Meeting;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.change.PendingReach;
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
        Set<String> offline = new HashSet<>(planned.offline().keySet().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .toList());
        PendingReach pending = new PendingReach(after);
        planned.changes().forEach(c -> c.kind().handler().holdsBack(c, pending));
        Map<String, String> absent = new HashMap<>(pending.absent());
        Map<String, String> leftSegment = pending.leftSegment();
        Map<String, ExternalAccess> access = new HashMap<>(pending.externalAccess());
        boolean barriersPending = pending.isBarriersPending();
        boolean lobbyPending = pending.isLobbyPending();
        Boolean anonymousJoin = after.meeting() == null ? null : pending.isAnonymousJoinOff() ? Boolean.FALSE
                : after.meeting().anonymousJoinAllowed();
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
        return new World(parties, access, after.domains(), barriers, meeting, after.missing(), after.annotators())
                .without(absent);
    }
}
