package com.tenantbridge.service.change;

import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TeamMember;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A guest made a member of a team: https://learn.microsoft.com/graph/api/team-post-members. The guest's id is the one
 * its invitation learnt, or looked up by mail once replication shows it.
 */
public final class AddTeamMemberKind implements ChangeHandler<AddTeamMemberKind.Done> {

    public record Done(String teamId, String userId, String membershipId, boolean created, String note)
            implements ChangeRecord {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.absentUnlessSaid(Worlds.guestId(PendingReach.lower(c.tenant()), PendingReach.lower(c.param("email"))),
                c.param("email") + " is not a member of " + c.param("team") + " in " + c.tenant());
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        DirectoryGroup team = p.teams().findTeam(c.param("team")).orElseThrow(() -> new PortException(c.tenant()
                + " has no team named \u201c" + c.param("team") + "\u201d"));
        String email = c.param("email");
        String userId = Optional.ofNullable(run.known("guest:" + c.tenant() + "/" + email))
                .orElseGet(() -> run.backoff().untilPresent(() -> p.directory().findGuestByMail(email))
                        .orElseThrow(() -> new NotFoundException(404, "", "no guest " + email + " in " + c.tenant(),
                                null)).id());
        Optional<TeamMember> existing = p.teams().members(team.id()).stream()
                .filter(m -> userId.equals(m.userId())).findFirst();
        if (existing.isPresent()) {
            return new Done(team.id(), userId, existing.get().membershipId(), false, null);
        }
        TeamMember added = run.backoff().onNotFound(() -> p.teams().addMember(team.id(), userId, true));
        return new Done(team.id(), userId, added.membershipId(), true, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        // Not proven the interrupted run's (Graph keeps no time for a membership): recorded as found, never undone.
        return Optional.of(new Done(null, null, null, false, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        if (!done.created()) {
            return null;
        }
        String team = c.param("team");
        if (at.ports().teams().findTeam(team).filter(t -> t.id().equals(done.teamId())).isEmpty()) {
            return at.refuse("the team " + done.teamId() + " is not " + team);
        }
        boolean present = at.ports().teams().members(done.teamId()).stream().anyMatch(m -> m.userId()
                .equals(done.userId()) && m.membershipId().equals(done.membershipId()));
        if (!present) {
            return at.fail("not found: that membership of " + team + " is gone");
        }
        return at.ours(done.userId()) ? null : at.refuse("a member this journal's runs did not invite");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        if (done.created()) {
            at.ports().teams().removeMember(done.teamId(), done.membershipId());
        }
    }
}
