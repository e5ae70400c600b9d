package com.tenantbridge.service.change;

import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;

/** The undo of one journal line: its tenant, what the rollback knows of the journal, and how to word a verdict. */
public final class Undo {

    private final Provenance provenance;
    private final String where;
    private final Provenance.Window window;
    private final TenantPorts ports;

    Undo(Provenance provenance, String where, Provenance.Window window, TenantPorts ports) {
        this.provenance = provenance;
        this.where = where;
        this.window = window;
        this.ports = ports;
    }

    TenantPorts ports() {
        return ports;
    }

    /** Whether an object created at {@code created} was made by the line's run. */
    boolean duringTheRun(Instant created) {
        return window.holds(created);
    }

    Optional<DirectoryUser> readUser(String id) {
        return provenance.readUser(id, ports);
    }

    Optional<DirectoryGroup> readGroup(String id) {
        return provenance.readGroup(id, ports);
    }

    boolean ours(String userId) {
        return provenance.ours(userId, ports);
    }

    boolean ourGroup(String groupId) {
        return provenance.ourGroup(groupId, ports);
    }

    void forget(String id) {
        provenance.forget(ports.domain(), id);
    }

    Verdict refuse(String message) {
        return Verdict.refuse(where + message);
    }

    Verdict left(String message) {
        return Verdict.left(where + message);
    }

    Verdict fail(String message) {
        return Verdict.fail(where + message);
    }

    /** The account, or why not to touch it: gone, or another account than the line names. */
    Optional<Verdict> user(String id, String upn) {
        Optional<DirectoryUser> found = readUser(id);
        if (found.isEmpty()) {
            return Optional.of(fail("not found: no account " + id));
        }
        if (upn == null || !upn.equalsIgnoreCase(found.get().userPrincipalName())) {
            return Optional.of(refuse("the account " + id + " is " + found.get().userPrincipalName() + ", not "
                    + upn));
        }
        return Optional.empty();
    }

    Optional<Verdict> group(String id, String name) {
        Optional<DirectoryGroup> g = readGroup(id);
        if (g.isEmpty()) {
            return Optional.of(fail("not found: no group " + id));
        }
        return name != null && name.equalsIgnoreCase(g.get().displayName()) ? Optional.empty()
                : Optional.of(refuse("the group " + id + " is " + g.get().displayName() + ", not " + name));
    }

    /** An account the line says its run created: the same account (by its key) and created during that run. */
    Verdict createdAccount(String id, String key, boolean guest) {
        return createdAccount(id, key, guest, null);
    }

    /**
     * {@code tag}, when the journal recorded one, must still be on the account: without it the account is not the
     * one the run sent (docs/decisions/0006), however young it is.
     */
    Verdict createdAccount(String id, String key, boolean guest, String tag) {
        Optional<DirectoryUser> found = readUser(id);
        if (found.isEmpty()) {
            return fail("not found: no account " + id);
        }
        DirectoryUser u = found.get();
        String actual = guest ? u.mail() : u.userPrincipalName();
        if (key == null || !key.equalsIgnoreCase(actual)) {
            return refuse("the account " + id + " is " + actual + ", not " + key + " that the run created");
        }
        if (tag != null && !tag.equals(u.creationTag())) {
            return refuse(actual + " does not carry the creation tag the run recorded (" + tag + "): it was not made"
                    + " by this run");
        }
        if (!duringTheRun(u.createdDateTime())) {
            return refuse(actual + " was not created by this run (created "
                    + (u.createdDateTime() == null ? "at an unknown time" : u.createdDateTime().toString()) + ")");
        }
        return null;
    }
}
