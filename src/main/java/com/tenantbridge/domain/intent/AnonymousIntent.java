package com.tenantbridge.domain.intent;

import com.tenantbridge.domain.plan.AnonymousJoinPlan;
import com.tenantbridge.domain.plan.Attendee;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.Cell;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.domain.reach.Reachability;
import com.tenantbridge.domain.reach.Verdict;
import com.tenantbridge.domain.reach.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Anonymous join: each invited expert joins the organizer's scheduled meeting and gets in without anyone
 * admitting them. Microsoft's “Vendor and contractor usage of Remote Assist”: the Remote Assist HoloLens user
 * cannot admit people from the lobby in Remote Assist, so a lobby that holds anonymous users leaves the expert
 * waiting unless someone else is in Teams.
 */
final class AnonymousIntent {

    private AnonymousIntent() {
    }

    static List<Claim> prove(DeploymentPlan plan, World w) {
        AnonymousJoinPlan a = plan.anonymousJoin();
        String tenant = plan.hostTenant().domain();
        List<Claim> out = new ArrayList<>();
        Optional<Party> organizer = w.meeting() == null ? Optional.empty() : w.parties().stream()
                .filter(p -> p.id().equals(w.meeting().organizerId())).findFirst();
        if (organizer.isEmpty()) {
            return out;
        }
        List<Attendee> attendees = a.meeting().attendees();
        for (int k = 0; k < attendees.size(); k++) {
            Attendee at = attendees.get(k);
            if (at == null || at.email() == null) {
                continue;
            }
            String id = "anonymous:" + at.email().toLowerCase(Locale.ROOT);
            Optional<Party> expert = w.parties().stream().filter(p -> p.id().equals(id)).findFirst();
            expert.ifPresent(e -> out.add(claim(plan, w, tenant, organizer.get(), e)));
        }
        return out;
    }

    private static Claim claim(DeploymentPlan plan, World w, String tenant, Party organizer, Party expert) {
        String name = expert.label().replace(" (anonymous)", "");
        String title = name + " joins " + plan.anonymousJoin().meeting().organizer() + "'s meeting without waiting";
        Cell invited = Reachability.cell(w, organizer, expert, Channel.MEETING);
        Cell call = Reachability.cell(w, expert, organizer, Channel.CALL);
        Cell worst = invited.verdict() != Verdict.YES ? invited : call;
        if (worst.verdict() == Verdict.UNKNOWN) {
            return Claim.unknown(tenant, title, worst.reason() + ".", "anonymousJoin");
        }
        if (worst.verdict() == Verdict.NO) {
            boolean tenantOff = worst.reason().contains("DisableAnonymousJoin");
            return Claim.broken(tenant, title, name + " cannot join: " + worst.reason() + ".", tenantOff
                    ? "anonymousJoin" : "anonymousJoin.meeting", "Apply the plan.");
        }
        if (!w.meeting().skipsLobby() && planSkipsLobby(plan)) {
            return Claim.broken(tenant, title, "The lobby holds " + name + ": the meeting's lobby bypass or the"
                    + " meeting policy is not yet as the plan sets it.", "anonymousJoin.meeting.lobbyBypass",
                    "Apply the plan.");
        }
        if (!w.meeting().skipsLobby()) {
            return Claim.broken(tenant, title, "The lobby holds " + name + ": lobby bypass is "
                    + lobby(plan) + " and the policy admits " + plan.anonymousJoin().meetingPolicy().autoAdmittedUsers()
                    + "; the organizer on HoloLens cannot admit people from the lobby in Remote Assist.",
                    "anonymousJoin.meeting.lobbyBypass", "Set the meeting's lobby bypass to everyone.");
        }
        return Claim.holds(tenant, title, name + " opens the invitation link, joins the scheduled meeting and skips"
                + " the lobby; call, video and annotation work inside that meeting only.", "anonymousJoin.meeting");
    }

    private static boolean planSkipsLobby(DeploymentPlan plan) {
        var m = com.tenantbridge.domain.reach.Worlds.desired(plan).meeting();
        return m != null && m.skipsLobby();
    }

    private static String lobby(DeploymentPlan plan) {
        var bypass = plan.anonymousJoin().meeting().lobbyBypass();
        return bypass == null ? "not set" : bypass.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
