package com.tenantbridge.service.change;

import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.port.ConflictException;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A vendor's service account: https://learn.microsoft.com/graph/api/user-post-users, its one-time password written
 * to the credentials handout and nowhere else. An account there already is the run's only when an interrupted run
 * of this journal made it ({@link AccountClaims}); an undo deletes only an account the run created
 * (https://learn.microsoft.com/graph/api/user-delete, which takes its licences and memberships along).
 */
public final class CreateUserKind implements ChangeHandler<CreateUserKind.Done> {

    /** {@code tag}: the creation tag the account carried when the run made or claimed it; null in older journals. */
    public record Done(String userId, boolean created, String note, String tag) implements ChangeRecord {

        public Done(String userId, boolean created, String note) {
            this(userId, created, note, null);
        }

        @Override
        public String account() {
            return userId;
        }

        @Override
        public String createdUser() {
            return created ? userId : null;
        }
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.absent("account:" + PendingReach.lower(c.param("upn")), c.param("upn") + " does not exist in "
                + c.tenant() + " yet");
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String upn = c.param("upn");
        String key = upn.toLowerCase(Locale.ROOT);
        Optional<DirectoryUser> existing = p.directory().findUser(upn);
        String sentBefore = run.unanswered().remove(key);
        if (existing.isPresent()) {
            run.remember("user:" + upn, existing.get().id());
            // Its answer lost, an earlier try of this run made it only if it carries this run's tag.
            if (sentBefore != null && run.handout() != null && CreationTag.sentBy(run.run(), existing.get())) {
                run.handout().add(handoutRow(c, sentBefore));
                return new Done(existing.get().id(), true, "created by an earlier try whose answer was lost",
                        CreationTag.of(run.run()));
            }
            return run.claims().claim(c, existing.get(), p).orElse(new Done(existing.get().id(), false, null));
        }
        if (run.handout() == null) {
            throw new PortException("no credentials handout file was chosen, so " + upn + " is not created: its"
                    + " one-time password would have nowhere to go");
        }
        String password = run.passwords().next();
        DirectoryUser created;
        try {
            run.unanswered().put(key, password);
            created = p.directory().createUser(new NewUser(upn, c.param("displayName"), c.param("usageLocation"),
                    c.param("department"), c.param("companyName"), password, CreationTag.of(run.run())));
            run.unanswered().remove(key);
        } catch (ConflictException e) {
            run.unanswered().remove(key);
            // Taken already yet not readable: an earlier, interrupted run created it and replication lags.
            DirectoryUser found = run.backoff().untilPresent(() -> p.directory().findUser(upn)).orElseThrow(() -> e);
            run.remember("user:" + upn, found.id());
            return run.claims().claim(c, found, p).orElse(new Done(found.id(), false, "existed already; its password"
                    + " is not in this handout"));
        }
        run.remember("user:" + upn, created.id());
        run.handout().add(handoutRow(c, password));
        return new Done(created.id(), true, null, CreationTag.of(run.run()));
    }

    /** The handout's row for the account {@code c} creates; the password goes nowhere else. */
    public static CredentialsHandout.Row handoutRow(Change c, String password) {
        boolean hololens = Device.HOLOLENS.name().equals(c.param("device"));
        return new CredentialsHandout.Row(c.param("upn"), c.param("displayName"), c.param("contactEmail"), password,
                hololens ? "HoloLens: sign in once, set a device PIN, and hand out the PIN, not this password"
                        : "Teams: change this password at first sign-in");
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return p.directory().findUser(c.param("upn")).map(u -> run.claims().claim(c, u, p).orElse(new Done(u.id(),
                false, "existed before the interrupted run; its password is not in this handout")));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        return done.created() ? at.createdAccount(done.userId(), c.param("upn"), false, done.tag()) : null;
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        if (done.created()) {
            at.ports().directory().deleteUser(done.userId());
            at.forget(done.userId());
        }
    }
}
