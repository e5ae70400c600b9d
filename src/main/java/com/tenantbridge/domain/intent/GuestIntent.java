package com.tenantbridge.domain.intent;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestRole;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.reach.Cell;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.Reachability;
import com.tenantbridge.domain.reach.Verdict;
import com.tenantbridge.domain.reach.World;
import com.tenantbridge.domain.reach.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Guest access: each guest expert reaches the technicians of the team it is guested into (chat and call), as a
 * member of that team in the technicians' tenant (“Multi-tenant company
 * deployments”: a guest acts only inside the team's tenant).
 * Technicians guested the other way are left to their own warning: Remote Assist works in one tenant only.
 */
final class GuestIntent {

    private GuestIntent() {
    }

    static List<Claim> prove(DeploymentPlan plan, World w) {
        List<Claim> out = new ArrayList<>();
        List<GuestTarget> targets = plan.guestAccess().targets();
        for (int i = 0; i < targets.size(); i++) {
            GuestTarget t = targets.get(i);
            String d = t == null ? null : Worlds.domain(t.tenant());
            if (d == null || t.team() == null) {
                continue;
            }
            String team = t.team() + (t.channel() == null ? "" : " / " + t.channel());
            Optional<Party> members = party(w, Worlds.teamId(d, team));
            for (int j = 0; j < t.guests().size(); j++) {
                Guest g = t.guests().get(j);
                if (g == null || g.email() == null || g.role() == GuestRole.TECHNICIAN) {
                    continue;
                }
                Optional<Party> guest = party(w, Worlds.guestId(d, g.email().toLowerCase(Locale.ROOT)));
                if (guest.isEmpty() || members.isEmpty()) {
                    continue;
                }
                out.add(claim(w, t, i, j, g, guest.get(), members.get()));
            }
        }
        return out;
    }

    private static Claim claim(World w, GuestTarget t, int i, int j, Guest g, Party guest, Party members) {
        String name = g.displayName() == null ? g.email() : g.displayName();
        String title = name + " reaches the technicians of " + t.team() + " in " + t.tenant().label();
        Cell chat = Reachability.cell(w, guest, members, Channel.CHAT);
        Cell call = Reachability.cell(w, guest, members, Channel.CALL);
        Cell worst = chat.verdict() != Verdict.YES ? chat : call;
        String tenant = t.tenant().domain();
        String path = "guestAccess.targets[" + i + "].guests[" + j + "]";
        if (worst.verdict() == Verdict.YES) {
            return Claim.holds(tenant, title, name + " chats with and calls the members of " + t.team() + " as a"
                    + " guest in " + t.tenant().label() + ".", path);
        }
        if (worst.verdict() == Verdict.UNKNOWN) {
            return Claim.unknown(tenant, title, worst.reason() + ".", path);
        }
        boolean blocked = t.crossTenantAccess() != null && worst.reason().contains("crossTenantAccess");
        return Claim.broken(tenant, title, name + " reaches no technician of " + t.team() + ": " + worst.reason()
                + ".", blocked ? "guestAccess.targets[" + i + "].crossTenantAccess.b2bCollaborationInbound" : path,
                blocked ? "Allow inbound B2B collaboration from the experts' tenant for this target."
                        : "Apply the plan: it invites the guest and adds it to the team.");
    }

    private static Optional<Party> party(World w, String id) {
        return w.parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
