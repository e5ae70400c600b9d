package com.tenantbridge.service.reach;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.reach.ExternalAccess;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan's world cannot know until the tenants are read: whether the support engineers it puts in a segment
 * exist, whether the team a guest joins exists, and (for the world as it is) the Teams external access each
 * tenant really has. A read that fails leaves the world as the plan says; the check that made the read names
 * the failure.
 */
public final class TenantFacts {

    private TenantFacts() {
    }

    /** {@code actualAccess}: replace external access with what each reachable tenant holds now (Verify). */
    public static World read(DeploymentPlan plan, World w, TenantConnections connections, boolean actualAccess) {
        Map<String, String> missing = new HashMap<>();
        switch (plan.scenario()) {
            case VENDOR_ACCOUNTS -> members(plan, connections, missing);
            case GUEST_ACCESS -> teams(plan, connections, missing);
            default -> { }
        }
        World out = w.without(missing).withAnnotators(AnnotationFacts.read(plan, connections, actualAccess));
        return actualAccess ? out.withExternalAccess(actual(out, connections)) : out;
    }

    private static void members(DeploymentPlan plan, TenantConnections connections, Map<String, String> missing) {
        String host = plan.hostTenant().domain();
        Optional<TenantPorts> ports = connections.ports(host);
        if (ports.isEmpty() || plan.vendors() == null || plan.vendors().informationBarriers() == null) {
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        for (Segment s : plan.vendors().informationBarriers().segments()) {
            if (s != null) {
                s.members().stream().filter(m -> m != null && !m.isBlank()).forEach(members::add);
            }
        }
        if (members.isEmpty()) {
            return;
        }
        try {
            Map<String, DirectoryUser> found = ports.get().directory().findUsers(List.copyOf(members));
            Set<String> present = new java.util.HashSet<>();
            found.keySet().forEach(k -> present.add(k.toLowerCase(Locale.ROOT)));
            for (String m : members) {
                if (!present.contains(m.toLowerCase(Locale.ROOT))) {
                    missing.put("person:" + m.toLowerCase(Locale.ROOT), m + " does not exist in " + host);
                }
            }
        } catch (PortException e) {
            // Not known: the segment members' check says the read failed.
        }
    }

    private static void teams(DeploymentPlan plan, TenantConnections connections, Map<String, String> missing) {
        for (GuestTarget t : plan.guestAccess().targets()) {
            String d = t == null ? null : Worlds.domain(t.tenant());
            Optional<TenantPorts> ports = d == null ? Optional.empty() : connections.ports(t.tenant().domain());
            if (ports.isEmpty() || t.team() == null) {
                continue;
            }
            try {
                if (ports.get().teams().findTeam(t.team()).isEmpty()) {
                    String team = t.team() + (t.channel() == null ? "" : " / " + t.channel());
                    String why = "the team " + t.team() + " does not exist in " + t.tenant().label();
                    missing.put(Worlds.teamId(d, team), why);
                    t.guests().stream().filter(g -> g != null && g.email() != null).forEach(g -> missing.put(
                            Worlds.guestId(d, g.email().toLowerCase(Locale.ROOT)), why));
                }
            } catch (PortException e) {
                // Not known: the team's own check says the read failed.
            }
        }
    }

    private static Map<String, ExternalAccess> actual(World w, TenantConnections connections) {
        Map<String, ExternalAccess> out = new HashMap<>(w.externalAccess());
        List<String> tenants = new ArrayList<>(out.keySet());
        for (String tenant : tenants) {
            Optional<TenantPorts> ports = connections.ports(tenant);
            if (ports.isEmpty()) {
                continue;
            }
            try {
                out.put(tenant, ReachWorlds.access(ports.get().teamsSettings().federation()));
            } catch (PortException e) {
                out.remove(tenant);
            }
        }
        return out;
    }
}
