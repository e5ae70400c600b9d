package com.tenantbridge.service.change;

import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a rollback knows of the journal it undoes: the users and groups its runs say they created, and the time
 * its runs span. A licence or membership is undone only on one of them, re-read and proven created inside the
 * journal's runs: Graph keeps no time for either, so a licence of an account that existed before is left, rather
 * than taken on a journal's word.
 */
public final class Provenance {

    /**
     * The tenant's clock and this machine's may differ; Graph stamps createdDateTime with its own. Wide enough for
     * a badly set workstation clock, far narrower than the age of any account an admin made by hand before.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final Set<String> createdUsers;
    private final Set<String> createdGroups;
    private final Window journalWindow;
    /**
     * One read per account and group in a rollback, not one per undo: an account's four undos would otherwise read
     * it six times (a 1,000-account rollback took three times as long). What is checked (id, name, creation time,
     * description) does not change while the rollback runs; a deleted account is forgotten ({@link #forget}).
     */
    private final Map<String, Optional<DirectoryUser>> users = new ConcurrentHashMap<>();
    private final Map<String, Optional<DirectoryGroup>> groups = new ConcurrentHashMap<>();

    public Provenance(Set<String> createdUsers, Set<String> createdGroups, String firstTime, String lastTime) {
        this.createdUsers = Set.copyOf(createdUsers);
        this.createdGroups = Set.copyOf(createdGroups);
        this.journalWindow = new Window(firstTime, lastTime);
    }

    /** From a run's start to a line's time, widened by the clock skew allowed between here and the tenant. */
    public record Window(String from, String to) {

        public boolean holds(Instant created) {
            try {
                Instant start = from == null ? null : Instant.parse(from);
                Instant end = Instant.parse(to);
                return created != null && (start == null || !created.isBefore(start.minus(CLOCK_SKEW)))
                        && !created.isAfter(end.plus(CLOCK_SKEW));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** The undo of one journal line: {@code where} names the line in messages, {@code window} is its run's time. */
    public Undo at(String where, Window window, TenantPorts ports) {
        return new Undo(this, where, window, ports);
    }

    Optional<DirectoryUser> readUser(String id, TenantPorts p) {
        return once(users, p.domain() + "/" + id, () -> p.directory().findUser(id));
    }

    Optional<DirectoryGroup> readGroup(String id, TenantPorts p) {
        return once(groups, p.domain() + "/" + id, () -> p.directory().findGroup(id));
    }

    /** Not computeIfAbsent: that would hold a lock other accounts' undos need while Graph answers. */
    private static <T> Optional<T> once(Map<String, Optional<T>> cache, String key, Supplier<Optional<T>> read) {
        Optional<T> known = cache.get(key);
        if (known == null) {
            known = read.get();
            cache.putIfAbsent(key, known);
        }
        return known;
    }

    /** After an undo deleted the object, a later line about it must see it gone. */
    public void forget(String tenant, String id) {
        users.remove(tenant + "/" + id);
        groups.remove(tenant + "/" + id);
    }

    /** A user this journal's runs created: claimed by a line, and created inside the journal's runs. */
    boolean ours(String userId, TenantPorts p) {
        return createdUsers.contains(userId) && readUser(userId, p)
                .map(u -> journalWindow.holds(u.createdDateTime())).orElse(false);
    }

    boolean ourGroup(String groupId, TenantPorts p) {
        return createdGroups.contains(groupId) && readGroup(groupId, p)
                .map(g -> CreateGroupKind.MARKER.equals(g.description()) && journalWindow.holds(g.createdDateTime()))
                .orElse(false);
    }
}
