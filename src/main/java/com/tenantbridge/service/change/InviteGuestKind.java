package com.tenantbridge.service.change;

import com.tenantbridge.domain.reach.Worlds;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A B2B guest invited into the tenant: https://learn.microsoft.com/graph/api/invitation-post. A guest already there
 * (found by mail) is not invited again, and an undo deletes only a guest the run invited.
 */
public final class InviteGuestKind implements ChangeHandler<InviteGuestKind.Done> {

    /** {@code status}: the invitation's status as Graph answered it ("PendingAcceptance", "Completed"). */
    public record Done(String userId, boolean created, String status, String note) implements ChangeRecord {

        @Override
        public String createdUser() {
            return created ? userId : null;
        }
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.absent(Worlds.guestId(PendingReach.lower(c.tenant()), PendingReach.lower(c.param("email"))),
                c.param("email") + " is not a guest in " + c.tenant() + " yet");
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String email = c.param("email");
        Optional<DirectoryUser> existing = p.directory().findGuestByMail(email);
        if (existing.isPresent()) {
            run.remember(key(c), existing.get().id());
            return new Done(existing.get().id(), false, null, null);
        }
        var result = p.directory().invite(email, c.param("displayName"), c.param("redirectUrl"),
                Boolean.parseBoolean(c.param("sendInvitationMessage")), c.param("message"));
        run.remember(key(c), result.userId());
        return new Done(result.userId(), true, result.status(), null);
    }

    /** The key the team membership that follows finds the guest's id under. */
    static String key(Change c) {
        return "guest:" + c.tenant() + "/" + c.param("email");
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return p.directory().findGuestByMail(c.param("email"))
                .map(u -> new Done(u.id(), duringTheRun.test(u.createdDateTime()), null, null));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        return done.created() ? at.createdAccount(done.userId(), c.param("email"), true) : null;
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        if (done.created()) {
            at.ports().directory().deleteUser(done.userId());
            at.forget(done.userId());
        }
    }
}
