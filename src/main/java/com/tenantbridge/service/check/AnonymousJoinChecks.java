package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.AnonymousJoinPlan;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.MeetingPlan;
import com.tenantbridge.domain.plan.MeetingPolicyPlan;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.DirectoryUser;
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
        String anonTitle = "Anonymous users may join meetings";
        c.run("ANON-02", tenant, anonTitle, () -> ports.get().teamsSettings().anonymousJoinDisabled()
                ? CheckResult.warn("ANON-02", tenant, anonTitle, "DisableAnonymousJoin True",
                        "The plan sets DisableAnonymousJoin $false.")
                : CheckResult.pass("ANON-02", tenant, anonTitle, "DisableAnonymousJoin False"));
    }

    private static void baselineMeetingPolicy(Checks c, String tenant, MeetingPolicyPlan policy) {
        String title = "Anonymous join is limited to the Remote Assist organizers";
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
