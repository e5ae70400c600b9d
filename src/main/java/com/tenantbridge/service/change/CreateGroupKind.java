package com.tenantbridge.service.change;

import com.tenantbridge.service.port.ConflictException;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A group the plan needs: a mail-enabled group an information-barrier segment names, or a security group that
 * licenses its members (https://learn.microsoft.com/graph/api/group-post-groups). Its description marks it as
 * TenantBridge's: an undo deletes only a group with that mark, created during the run.
 */
public final class CreateGroupKind implements ChangeHandler<CreateGroupKind.Done> {

    /** The description every group a run creates carries. */
    public static final String MARKER = "Information-barrier segment created by TenantBridge";

    public record Done(String groupId, boolean created, String note) implements ChangeRecord {

        @Override
        public String createdGroup() {
            return created ? groupId : null;
        }
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String name = c.param("displayName");
        Optional<DirectoryGroup> existing = p.directory().findGroupByName(name);
        if (existing.isPresent()) {
            run.remember("group:" + name, existing.get().id());
            return new Done(existing.get().id(), false, null);
        }
        DirectoryGroup created;
        try {
            created = "true".equals(c.param("security"))
                    ? p.directory().createLicensingGroup(name, c.param("mailNickname"), MARKER)
                    : p.directory().createSegmentGroup(name, c.param("mailNickname"), MARKER);
        } catch (ConflictException e) {
            // The mail nickname is taken: the answer to an earlier try was lost, or replication lags behind it.
            DirectoryGroup found = run.backoff().untilPresent(() -> p.directory().findGroupByName(name))
                    .orElseThrow(() -> e);
            run.remember("group:" + name, found.id());
            return new Done(found.id(), false, "existed already");
        }
        run.remember("group:" + name, created.id());
        return new Done(created.id(), true, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return p.directory().findGroupByName(c.param("displayName")).map(g -> new Done(g.id(),
                duringTheRun.test(g.createdDateTime()) && MARKER.equals(g.description()), null));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        if (!done.created()) {
            return null;
        }
        Optional<Verdict> key = at.group(done.groupId(), c.param("displayName"));
        if (key.isPresent()) {
            return key.get();
        }
        DirectoryGroup g = at.readGroup(done.groupId()).orElseThrow();
        return MARKER.equals(g.description()) && at.duringTheRun(g.createdDateTime()) ? null
                : at.refuse("the group " + g.displayName() + " was not created by this run");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        if (done.created()) {
            at.ports().directory().deleteGroup(done.groupId());
            at.forget(done.groupId());
        }
    }
}
