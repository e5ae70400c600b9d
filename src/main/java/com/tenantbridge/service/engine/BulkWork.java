package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.Change;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * One request of a bulk run, waiting for its time: an account to create, a licence to assign, or up to twenty
 * members to add to one group in a single PATCH. Each goes in a batch on its own footing (no dependsOn), so
 * any ready work may share a batch with any other.
 */
record BulkWork(Kind kind, List<Change> changes, String password, String groupId, List<String> userIds,
        int attempt, long firstTry, long notBefore, long seq) implements Delayed {

    enum Kind {
        CREATE, LICENCE, MEMBERS
    }

    BulkWork {
        changes = List.copyOf(changes);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    static BulkWork create(Change c, String password, long seq) {
        return new BulkWork(Kind.CREATE, List.of(c), password, null, null, 0, 0, 0, seq);
    }

    static BulkWork licence(Change c, long seq) {
        return new BulkWork(Kind.LICENCE, List.of(c), null, null, null, 0, 0, 0, seq);
    }

    static BulkWork members(String groupId, List<Change> memberships, List<String> userIds, long seq) {
        return new BulkWork(Kind.MEMBERS, memberships, null, groupId, userIds, 0, 0, 0, seq);
    }

    /** The same request, to go again at {@code at}; its first try is remembered for the give-up rule. */
    BulkWork again(long at, long seq) {
        return new BulkWork(kind, changes, password, groupId, userIds, attempt + 1,
                firstTry == 0 ? System.currentTimeMillis() : firstTry, at, seq);
    }

    /** A members request narrowed to those not in the group yet. */
    BulkWork only(List<Change> memberships, List<String> ids, long seq) {
        return new BulkWork(kind, memberships, password, groupId, ids, attempt, firstTry, notBefore, seq);
    }

    Change first() {
        return changes.get(0);
    }

    String id() {
        return first().id();
    }

    @Override
    public long getDelay(TimeUnit unit) {
        return unit.convert(notBefore - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
    }

    /** What waited longest goes first; retries included. */
    @Override
    public int compareTo(Delayed o) {
        BulkWork w = (BulkWork) o;
        int t = Long.compare(notBefore, w.notBefore);
        return t != 0 ? t : Long.compare(seq, w.seq);
    }
}
