package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Guest;
import com.tenantbridge.domain.plan.GuestAccessPlan;
import com.tenantbridge.domain.plan.GuestTarget;
import com.tenantbridge.domain.plan.TenantRef;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TeamMember;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scenario B. Each technician tenant turns on Teams guest access, lets the experts' tenant in for B2B
 * collaboration when the plan says so, invites the experts and adds them to its team.
 */
final class GuestPlanner {

    void plan(DeploymentPlan plan, PlanContext ctx) {
        GuestAccessPlan g = plan.guestAccess();
        for (GuestTarget target : g.targets()) {
            target(plan.hostTenant(), g, target, ctx);
        }
    }

    private void target(TenantRef host, GuestAccessPlan g, GuestTarget target, PlanContext ctx) {
        String tenant = target.tenant().domain();
        Optional<TenantPorts> ports = ctx.ports(tenant);
        List<String> setup = new ArrayList<>();

        String accessId = Change.idOf(tenant, ChangeKind.TEAMS_GUEST_ACCESS, "global");
        Change guestAccess = new Change(accessId, tenant, ChangeKind.TEAMS_GUEST_ACCESS,
                tenant + ": turn on Teams guest access", Map.of("AllowGuestUser", false),
                Map.of("AllowGuestUser", true), List.of(), Map.of());
        if (ports.isEmpty()) {
            ctx.offline(guestAccess);
        } else {
            Optional<Boolean> allowed = ctx.readPowerShell(tenant,
                    () -> ports.get().teamsSettings().guestAccessAllowed());
            if (allowed.isEmpty()) {
                ctx.offline(guestAccess);
            } else if (!allowed.get()) {
                setup.add(ctx.add(guestAccess));
            }
        }
        if (target.crossTenantAccess() != null) {
            String id = CrossTenantPlanning.plan(ctx, tenant, host, target.crossTenantAccess(), List.of());
            if (id != null && ports.isPresent()) {
                setup.add(id);
            }
        }

        String teamKey = target.team();
        Optional<DirectoryGroup> team = ports.flatMap(p -> p.teams().findTeam(target.team()));
        if (ports.isPresent() && team.isEmpty()) {
            ctx.note(tenant + ": no team named \u201c" + target.team() + "\u201d, so nobody can be added to it.");
        }
        Set<String> memberIds = team.map(t -> ports.get().teams().members(t.id()).stream()
                .map(TeamMember::userId).collect(Collectors.toSet())).orElse(Set.of());

        for (Guest guest : target.guests()) {
            String email = guest.email();
            Optional<DirectoryUser> existing = ports.flatMap(p -> p.directory().findGuestByMail(email));
            String inviteId = Change.idOf(tenant, ChangeKind.INVITE_GUEST, email);
            List<String> deps = new ArrayList<>(setup);
            Change invite = new Change(inviteId, tenant, ChangeKind.INVITE_GUEST,
                    tenant + ": invite " + email + " as a guest", null,
                    Maps.of("email", email, "userType", "Guest"), setup,
                    Maps.params("email", email, "displayName", guest.displayName(), "redirectUrl",
                            g.inviteRedirectUrl(), "sendInvitationMessage",
                            String.valueOf(!Boolean.FALSE.equals(g.sendInvitationMessage())),
                            "message", g.invitationMessage()));
            if (ports.isEmpty()) {
                ctx.offline(invite);
            } else if (existing.isEmpty()) {
                deps.add(ctx.add(invite));
            }
            Change member = new Change(Change.idOf(tenant, ChangeKind.ADD_TEAM_MEMBER, teamKey + "/" + email), tenant,
                    ChangeKind.ADD_TEAM_MEMBER, tenant + ": add " + email + " to the team \u201c" + teamKey + "\u201d",
                    null, Maps.of("team", teamKey, "member", email, "roles", List.of("guest")), deps,
                    Maps.params("team", teamKey, "email", email));
            if (ports.isEmpty()) {
                ctx.offline(member);
            } else if (team.isPresent() && (existing.isEmpty() || !memberIds.contains(existing.get().id()))) {
                ctx.add(member);
            }
        }
    }
}
