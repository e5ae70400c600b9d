package com.tenantbridge.service.change;

import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An account added to a group (a segment's or a licensing group):
 * https://learn.microsoft.com/graph/api/group-post-members. Undone only when the account or the group is one this
 * journal's runs created: Graph keeps no time for a membership.
 */
public final class AddGroupMemberKind implements ChangeHandler<AddGroupMemberKind.Done> {

    public record Done(String groupId, String userId, String note) implements ChangeRecord {

        @Override
        public String account() {
            return userId;
        }
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        // A licensing group is not a segment: joining it changes nobody's reach.
        if (!"licensing".equals(c.param("purpose"))) {
            reach.notYetInSegment(c.param("upn"), c.param("group"));
        }
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String group = run.groupId(c.param("group"), p);
        String user = run.userId(c.tenant(), c.param("upn"), p);
        run.backoff().onNotFound(() -> p.directory().addGroupMember(group, user));
        return new Done(group, user, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        Optional<DirectoryUser> user = p.directory().findUser(c.param("upn"));
        Optional<DirectoryGroup> group = p.directory().findGroupByName(c.param("group"));
        return user.isEmpty() || group.isEmpty() ? Optional.empty()
                : Optional.of(new Done(group.get().id(), user.get().id(), null));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String upn = c.param("upn");
        String group = c.param("group");
        return at.group(done.groupId(), group)
                .or(() -> at.user(done.userId(), upn))
                .or(() -> at.ours(done.userId()) || at.ourGroup(done.groupId()) ? Optional.empty()
                        : Optional.of(at.left("neither " + upn + " nor " + group + " was created by this journal's"
                                + " runs; the membership")))
                .orElse(null);
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        at.ports().directory().removeGroupMember(done.groupId(), done.userId());
    }
}
