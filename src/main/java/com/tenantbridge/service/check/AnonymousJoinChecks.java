package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.AnonymousJoinPlan;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.domain.plan.MeetingPolicyPlan;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.AnonymousJoinGates;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** The anonymous-join scenario's prerequisites: the tenant and meeting policies, the organizer, the time. */
final class AnonymousJoinChecks {

    private AnonymousJoinChecks() {
    }

    static void add(Checks c, DeploymentPlan plan, TenantConnections connections, Clock clock) {
        String tenant = plan.hostTenant().domain();
        AnonymousJoinPlan a = plan.anonymousJoin();
        MeetingPlan m = a.meeting();
        baselineMeetingPolicy(c, tenant, a.meetingPolicy());
        meetingTime(c, tenant, m, clock);
        // Whether the lobby lets the expert straight in is the scenario's intent: IntentChecks proves it.
        Optional<TenantPorts> ports = connections.ports(tenant);
        if (ports.isEmpty()) {
            return;
        }
        String organizerTitle = "The organizer " + m.organizer() + " can hold the meeting";
        c.run("ANON-01", tenant, organizerTitle, () -> {
            Optional<DirectoryUser> user = ports.get().directory().findUser(m.organizer());
            if (user.isEmpty()) {
                return CheckResult.fail("ANON-01", tenant, organizerTitle, "No such user.", "Correct the organizer.");
            }
            if (!user.get().hasMailbox()) {
                return CheckResult.fail("ANON-01", tenant, organizerTitle, "The account has no mailbox, so it has no"
                        + " calendar.", "Give the organizer an Exchange Online licence.");
            }
            // The organizer's annotation licence is the scenario's intent (AnnotationIntent), not a prerequisite.
            return CheckResult.pass("ANON-01", tenant, organizerTitle, "Mailbox " + user.get().mail() + ".");
        });
        if (a.meetingPolicy() != null && a.meetingPolicy().name() != null) {
            String gatesTitle = "Nothing else in " + a.meetingPolicy().name() + " stops the anonymous expert";
            c.run("ANON-05", tenant, gatesTitle, () -> gates(tenant, a.meetingPolicy(), ports.get().teamsSettings()
                    .meetingPolicy(a.meetingPolicy().name())));
        }
        String anonTitle = "Anonymous users may join meetings";
        c.run("ANON-02", tenant, anonTitle, () -> ports.get().teamsSettings().anonymousJoinDisabled()
                ? CheckResult.warn("ANON-02", tenant, anonTitle, "DisableAnonymousJoin True",
                        "The plan sets DisableAnonymousJoin $false.")
                : CheckResult.pass("ANON-02", tenant, anonTitle, "DisableAnonymousJoin False"));
    }

    /**
     * ANON-05: what else in the organizer's named meeting policy can stop or gate the expert (Set-CsTeamsMeetingPolicy
     * AnonymousUserAuthenticationMethod, CaptchaVerificationForMeetingJoin, BlockedAnonymousJoinClientTypes). The
     * plan does not set these: a policy it creates has the page's defaults; one that exists is read.
     */
    static CheckResult gates(String tenant, MeetingPolicyPlan policy, java.util.Optional<MeetingPolicy> found) {
        String title = "Nothing else in " + policy.name() + " stops the anonymous expert";
        AnonymousJoinGates g = found.map(MeetingPolicy::gates).orElse(AnonymousJoinGates.DEFAULTS);
        if (g == null) {
            return CheckResult.unknown("ANON-05", tenant, title, "The policy's join settings could not be read.",
                    null);
        }
        String evidence = (found.isEmpty() ? "Created by the plan with Microsoft's defaults: " : "")
                + "AnonymousUserAuthenticationMethod " + g.authentication() + ", CaptchaVerificationForMeetingJoin "
                + g.captcha() + ", BlockedAnonymousJoinClientTypes " + (g.blockedClients().isEmpty() ? "(none)"
                        : String.join(",", g.blockedClients())) + ".";
        if (g.blocksTeamsClients()) {
            return CheckResult.fail("ANON-05", tenant, title, evidence + " Teams clients cannot join anonymously, so"
                    + " the invited expert cannot join from Teams.", "Set-CsTeamsMeetingPolicy -Identity "
                            + policy.name() + " -BlockedAnonymousJoinClientTypes $null, or block ACS only.");
        }
        String passcode = g.sendsPasscode() ? " The expert confirms a one-time passcode sent to the invited email."
                : "";
        if (g.asksCaptcha()) {
            return CheckResult.warn("ANON-05", tenant, title, evidence + passcode + " The expert must also complete a"
                    + " CAPTCHA before joining.", "Tell the expert, or set -CaptchaVerificationForMeetingJoin"
                            + " NotRequired on " + policy.name() + ".");
        }
        return CheckResult.pass("ANON-05", tenant, title, evidence + passcode);
    }

    private static void baselineMeetingPolicy(Checks c, String tenant, MeetingPolicyPlan policy) {
        String title = "Anonymous join is limited to the technicians who organize these meetings";
        if (MeetingPolicyPlan.GLOBAL.equalsIgnoreCase(policy.name())) {
            c.add(CheckResult.fail("ANON-03", tenant, title, "The plan lets anonymous users into everyone's meetings"
                    + " through the Global policy.", "Use a named meeting policy (e.g. RA-Anon) assigned to the Remote"
                    + " Assist organizers only.").withRule(Checker.MAESTER_MT_1046));
        } else {
            // The scenario exists to let an anonymous expert in; the named policy is its least-open form. Still a
            // deviation from MT.1046: shown as accepted only when the plan records that someone accepted it.
            c.add(CheckResult.warn("ANON-03", tenant, title, "The named policy " + policy.name()
                    + " lets anonymous users join, assigned to " + String.join(", ", policy.assignTo()) + " only.",
                    "Remove the policy assignment when the help is no longer needed.")
                    .withRule(Checker.MAESTER_MT_1046));
        }
    }

    private static void meetingTime(Checks c, String tenant, MeetingPlan m, Clock clock) {
        String title = "The meeting is in the future";
        ZonedDateTime start = m.start().atZone(ZoneId.of(m.timeZone()));
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (start.isBefore(now)) {
            c.add(CheckResult.fail("ANON-04", tenant, title, "It starts " + start + ", which has passed.",
                    "Move the meeting to a future time in the plan."));
        } else {
            c.add(CheckResult.pass("ANON-04", tenant, title, "It starts " + start + ". HoloLens shows \u201cJoin"
                    + " Meeting\u201d from 15 minutes before."));
        }
    }
}
