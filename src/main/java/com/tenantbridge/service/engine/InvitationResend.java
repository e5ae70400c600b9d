package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a guest's invitation again, with the plan's message: Graph's invitation-post for an address that is already
 * a guest sends the email again and changes nothing else (the guest and their memberships stay).
 */
public final class InvitationResend {

    private InvitationResend() {
    }

    /** The tenants the invitation went out from again; fails when the plan invites no such guest. */
    public static List<String> resend(DeploymentPlan plan, TenantConnections connections, String email) {
        if (plan.guestAccess() == null) {
            throw new IllegalArgumentException("the plan invites no guests");
        }
        List<String> sent = new ArrayList<>();
        for (GuestTarget t : plan.guestAccess().targets()) {
            Optional<Guest> guest = t.guests().stream().filter(g -> g.email().equalsIgnoreCase(email)).findFirst();
            if (guest.isEmpty()) {
                continue;
            }
            TenantPorts p = connections.ports(t.tenant().domain()).orElseThrow(() -> new PortException(
                    t.tenant().domain() + " is not connected: sign in to it (--tenant) to resend the invitation"));
            p.directory().invite(guest.get().email(), guest.get().displayName(), plan.guestAccess().inviteRedirectUrl(),
                    true, plan.guestAccess().invitationMessage());
            sent.add(t.tenant().domain());
        }
        if (sent.isEmpty()) {
            throw new IllegalArgumentException(email + " is not one of the plan's guests");
        }
        return sent;
    }
}
