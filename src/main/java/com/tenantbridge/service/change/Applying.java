package com.tenantbridge.service.change;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.credentials.OneTimePasswords;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.NotFoundException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run's changes share while they are applied: the plan, the pacing that waits out replication, the
 * credentials handout and its passwords, and the ids learnt so far, so a licence right after its account does not
 * look the account up again.
 */
public final class Applying {

    private final DeploymentPlan plan;
    /** This run's id: its accounts carry its {@link CreationTag}. */
    private final String run;
    private final Backoff backoff;
    private final CredentialsHandout handout;
    private final OneTimePasswords passwords;
    private final AccountClaims claims;
    /** Ids learnt during the run ("user:upn", "group:name", "guest:tenant/email", "event:tx"). */
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    /** Passwords sent in a create whose answer never came: if the account is there on the retry, it is ours. */
    private final Map<String, String> unanswered = new ConcurrentHashMap<>();

    public Applying(DeploymentPlan plan, String run, Backoff backoff, CredentialsHandout handout,
            OneTimePasswords passwords, AccountClaims claims) {
        this.plan = plan;
        this.run = run;
        this.backoff = backoff;
        this.handout = handout;
        this.passwords = passwords;
        this.claims = claims;
    }

    DeploymentPlan plan() {
        return plan;
    }

    String run() {
        return run;
    }

    Backoff backoff() {
        return backoff;
    }

    /** Null when the admin chose no handout: no account is created then. */
    CredentialsHandout handout() {
        return handout;
    }

    OneTimePasswords passwords() {
        return passwords;
    }

    AccountClaims claims() {
        return claims;
    }

    Map<String, String> unanswered() {
        return unanswered;
    }

    /** An id the tenant gave (an absent one, such as a meeting without a join link yet, is looked up later). */
    void remember(String key, String id) {
        if (id != null) {
            ids.put(key.toLowerCase(Locale.ROOT), id);
        }
    }

    String known(String key) {
        return ids.get(key.toLowerCase(Locale.ROOT));
    }

    /** The account's id, learnt in this run or looked up (waiting out replication after its creation). */
    String userId(String tenant, String upn, TenantPorts p) {
        String known = known("user:" + upn);
        if (known != null) {
            return known;
        }
        DirectoryUser user = backoff.untilPresent(() -> p.directory().findUser(upn))
                .orElseThrow(() -> new NotFoundException(404, "", "no user " + upn + " in " + tenant, null));
        remember("user:" + upn, user.id());
        return user.id();
    }

    String groupId(String name, TenantPorts p) {
        String known = known("group:" + name);
        if (known != null) {
            return known;
        }
        DirectoryGroup group = backoff.untilPresent(() -> p.directory().findGroupByName(name))
                .orElseThrow(() -> new NotFoundException(404, "", "no group " + name, null));
        remember("group:" + name, group.id());
        return group.id();
    }
}
