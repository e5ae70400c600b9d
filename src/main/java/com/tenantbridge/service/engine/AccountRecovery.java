package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.AccountClaims;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.CreateUserKind;
import com.tenantbridge.service.change.CreationTag;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.credentials.OneTimePasswords;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Optional;

/**
 * An account found in place that an interrupted run of this journal created (its creation was started and never
 * recorded as ended, and the account carries that run's {@link CreationTag}): it is this run's, and it gets exactly
 * one password in the handout. If the handout already has its row (the run wrote it, then died), that is the one;
 * otherwise a new one-time password is set through Graph and handed out, since the first one was never seen by
 * anybody.
 */
final class AccountRecovery implements AccountClaims {

    private final InterruptedRun interrupted;
    private final CredentialsHandout handout;
    private final OneTimePasswords passwords;

    AccountRecovery(InterruptedRun interrupted, CredentialsHandout handout, OneTimePasswords passwords) {
        this.interrupted = interrupted;
        this.handout = handout;
        this.passwords = passwords;
    }

    /**
     * What the journal records for {@code create} when its account is there already: the interrupted run's account
     * (created, with its id, the password handed out), or empty when the account is not this journal's to claim.
     */
    @Override
    public Optional<CreateUserKind.Done> claim(Change create, DirectoryUser found, TenantPorts ports) {
        Optional<InterruptedRun.Open> open = interrupted.creationOf(create.tenant(), create.param("upn"));
        if (open.isEmpty() || !open.get().within(found.createdDateTime())) {
            return Optional.empty();
        }
        String run = open.get().entry().run();
        if (!CreationTag.sentBy(run, found)) {
            // Started and never sent, then made by hand with the same name: not ours, whatever its age.
            return Optional.of(new CreateUserKind.Done(found.id(), false, NOT_SENT));
        }
        String tag = CreationTag.of(run);
        if (handout == null) {
            return Optional.of(new CreateUserKind.Done(found.id(), true, "created by the interrupted"
                    + " run; no handout was given, so it has no password in one: give --credentials and resume", tag));
        }
        if (handout.lists(create.param("upn"))) {
            return Optional.of(new CreateUserKind.Done(found.id(), true, "created by the interrupted"
                    + " run; its password is in the handout already", tag));
        }
        String password = passwords.next();
        ports.directory().resetPassword(found.id(), password);
        handout.add(CreateUserKind.handoutRow(create, password));
        return Optional.of(new CreateUserKind.Done(found.id(), true, "created by the interrupted run,"
                + " whose password never reached the handout: given a new one-time password", tag));
    }

    /** What a resume says of an account made by someone else under the name an interrupted run had started. */
    static final String NOT_SENT = "made by someone else, not by the interrupted run (it does not carry that run's"
            + " creation tag): left as it is, with no new password, and a rollback will not delete it";
}
