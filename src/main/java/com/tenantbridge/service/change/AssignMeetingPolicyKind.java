package com.tenantbridge.service.change;

import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The meeting policy given to the organizer: Grant-CsTeamsMeetingPolicy
 * (https://learn.microsoft.com/powershell/module/microsoftteams/grant-csteamsmeetingpolicy). {@code before} is the
 * policy the organizer had ("Global" for the tenant's default), given back on undo.
 */
public final class AssignMeetingPolicyKind implements ChangeHandler<AssignMeetingPolicyKind.Done> {

    public record Done(String upn, String before, String note) implements ChangeRecord {
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
        String before = p.teamsSettings().assignedMeetingPolicy(c.param("upn")).orElse("Global");
        p.teamsSettings().assignMeetingPolicy(c.param("upn"), c.param("identity"));
        return new Done(c.param("upn"), before, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        // What the organizer had before the interrupted run is not known: an undo gives back the tenant's default.
        return Optional.of(new Done(c.param("upn"), null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String upn = c.param("upn");
        return c.param("identity").equalsIgnoreCase(at.ports().teamsSettings().assignedMeetingPolicy(upn)
                .orElse("Global")) ? null : at.left(upn + " was given another meeting policy since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        at.ports().teamsSettings().assignMeetingPolicy(c.param("upn"), done.before());
    }

    @Override
    public String runbook(Change c) {
        return "Grant-CsTeamsMeetingPolicy -Identity " + PowerShellText.q(c.param("upn")) + " -PolicyName "
                + PowerShellText.q(c.param("identity")) + "\n";
    }

    @Override
    public boolean setting() {
        return true;
    }
}
