package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each of the plan's guests stands: invited and accepted, invited and not accepted yet (Graph's user
 * externalUserState, PendingAcceptance), or not a guest. Verify and the report show it per guest.
 */
final class GuestInvitations {

    private GuestInvitations() {
    }

    /** A guest's state in words, or null when they are not a guest there. */
    static String state(Optional<DirectoryUser> guest) {
        return guest.map(u -> u.externalUserState() == null ? "invited"
                : u.externalUserState().equals("Accepted") ? "accepted"
                : "invited, not accepted yet").orElse(null);
    }

    static List<CheckResult> verify(DeploymentPlan plan, TenantConnections connections) {
        List<CheckResult> out = new ArrayList<>();
        if (plan.guestAccess() == null) {
            return out;
        }
        for (GuestTarget t : plan.guestAccess().targets()) {
            Optional<TenantPorts> p = t == null || t.tenant() == null ? Optional.empty()
                    : connections.ports(t.tenant().domain());
            if (p.isEmpty()) {
                continue;
            }
            for (Guest g : t.guests()) {
                String title = "Invitation of " + g.email();
                String state = state(p.get().directory().findGuestByMail(g.email()));
                if (state == null) {
                    continue;
                }
                out.add(CheckResult.pass("GUEST", t.tenant().domain(), title, state.startsWith("invited, not")
                        ? g.email() + " was invited and has not accepted yet: they reach the team once they open the"
                                + " invitation." : g.email() + " is a guest: " + state + "."));
            }
        }
        return out;
    }
}
