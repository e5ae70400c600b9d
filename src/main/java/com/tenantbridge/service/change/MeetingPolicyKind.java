package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tenantbridge.domain.plan.AutoAdmittedUsers;
import com.tenantbridge.service.port.MeetingPolicy;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A Teams meeting policy that lets anonymous users join: New-/Set-CsTeamsMeetingPolicy
 * (https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsmeetingpolicy). An undo removes a policy
 * the run created and puts back the two values of one it changed.
 */
public final class MeetingPolicyKind implements ChangeHandler<MeetingPolicyKind.Done> {

    public record Done(String identity, boolean created, Before before, String note) implements ChangeRecord {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Before(@JsonProperty("AllowAnonymousUsersToJoinMeeting") boolean allowAnonymousUsersToJoinMeeting,
            @JsonProperty("AutoAdmittedUsers") AutoAdmittedUsers autoAdmittedUsers) {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.lobbyPending();
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String identity = c.param("identity");
        Optional<MeetingPolicy> current = p.teamsSettings().meetingPolicy(identity);
        p.teamsSettings().putMeetingPolicy(new MeetingPolicy(identity, true,
                AutoAdmittedUsers.valueOf(c.param("autoAdmittedUsers"))));
        return current.isEmpty() ? new Done(identity, true, null, null) : new Done(identity, false, new Before(
                current.get().allowAnonymousUsersToJoinMeeting(), current.get().autoAdmittedUsers()), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(c.param("identity"), false, Values.convert(c.before(), Before.class),
                Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String identity = c.param("identity");
        Optional<MeetingPolicy> policy = at.ports().teamsSettings().meetingPolicy(identity);
        if (policy.isEmpty()) {
            return at.fail("not found: no meeting policy " + identity);
        }
        boolean same = policy.get().allowAnonymousUsersToJoinMeeting()
                && policy.get().autoAdmittedUsers().name().equals(c.param("autoAdmittedUsers"));
        return same ? null : at.left("the meeting policy " + identity + " was changed since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        String identity = c.param("identity");
        if (done.created()) {
            at.ports().teamsSettings().deleteMeetingPolicy(identity);
            return;
        }
        Before before = done.before() != null ? done.before() : Values.convert(c.before(), Before.class);
        at.ports().teamsSettings().putMeetingPolicy(new MeetingPolicy(identity,
                before.allowAnonymousUsersToJoinMeeting(), before.autoAdmittedUsers()));
    }

    @Override
    public String runbook(Change c) {
        String identity = c.param("identity");
        String settings = " -AllowAnonymousUsersToJoinMeeting $true -AutoAdmittedUsers "
                + PowerShellText.q(c.param("autoAdmittedUsers"));
        if ("Global".equalsIgnoreCase(identity)) {
            return "Set-CsTeamsMeetingPolicy -Identity Global" + settings + "\n";
        }
        String id = PowerShellText.q(identity);
        return "if (Get-CsTeamsMeetingPolicy -Identity " + id + " -ErrorAction SilentlyContinue) {\n"
                + "    Set-CsTeamsMeetingPolicy -Identity " + id + settings + "\n"
                + "} else {\n"
                + "    New-CsTeamsMeetingPolicy -Identity " + id + settings + "\n"
                + "}\n";
    }

    @Override
    public boolean setting() {
        return true;
    }
}
