package com.tenantbridge.service.engine;

import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.JournalEntry;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A run killed between carrying out a change and journalling it leaves the change started and never ended. If
 * planning again finds nothing to do for it, it was done: the journal says so, with what rollback needs (the ids
 * the tenant holds now, and whether the interrupted run created the object), so that it accounts for every change
 * of the plan once and rollback can undo it.
 */
final class ResumeClosing {

    static final String GROUP_MARKER = "Information-barrier segment created by TenantBridge";

    private final InterruptedRun interrupted;
    private final AccountRecovery recovery;

    ResumeClosing(InterruptedRun interrupted, AccountRecovery recovery) {
        this.interrupted = interrupted;
        this.recovery = recovery;
    }

    void close(String planName, String run, PlanResult planned, TenantConnections connections, Journal journal) {
        if (!planned.blockers().isEmpty()) {
            return;
        }
        Set<String> stillPlanned = new java.util.HashSet<>();
        planned.changes().forEach(c -> stillPlanned.add(c.id()));
        planned.offline().values().forEach(l -> l.forEach(c -> stillPlanned.add(c.id())));
        List<JournalEntry> closed = new ArrayList<>();
        for (InterruptedRun.Open open : interrupted.all()) {
            JournalEntry e = open.entry();
            if (stillPlanned.contains(e.changeId())) {
                continue;
            }
            Optional<TenantPorts> ports = connections.ports(e.tenant());
            Map<String, Object> result;
            try {
                result = ports.isEmpty() ? null : result(open, ports.get());
            } catch (PortException ex) {
                result = null;
            }
            if (result == null && ports.isPresent() && accountKind(e.kind())) {
                // Not readable now: left open, so a later resume tries again rather than losing the id for good.
                continue;
            }
            closed.add(new JournalEntry(Instant.now().toString(), run, planName, e.changeId(), e.tenant(), e.kind(),
                    JournalEntry.Status.DONE, e.summary(), e.before(), e.after(), e.params(), result != null ? result
                            : Maps.of("note", "found in place when the run resumed: the interrupted run had done it"),
                    null));
        }
        journal.appendAll(closed);
    }

    private static boolean accountKind(String kind) {
        return Set.of("CREATE_USER", "ASSIGN_LICENSE", "ADD_GROUP_MEMBER", "CREATE_GROUP", "INVITE_GUEST")
                .contains(kind);
    }

    private Map<String, Object> result(InterruptedRun.Open open, TenantPorts p) {
        JournalEntry e = open.entry();
        Map<String, String> params = e.params() == null ? Map.of() : e.params();
        switch (e.kind()) {
            case "CREATE_USER" -> {
                Optional<DirectoryUser> user = p.directory().findUser(params.get("upn"));
                if (user.isEmpty()) {
                    return null;
                }
                Change create = new Change(e.changeId(), e.tenant(), ChangeKind.CREATE_USER, e.summary(), e.before(),
                        e.after(), List.of(), params);
                return recovery.claim(create, user.get(), p).orElse(Maps.of("userId", user.get().id(), "created",
                        false, "note", "existed before the interrupted run; its password is not in this handout"));
            }
            case "ASSIGN_LICENSE" -> {
                return p.directory().findUser(params.get("upn")).map(u -> Maps.of("userId", u.id(), "skuId",
                        params.get("skuId"))).orElse(null);
            }
            case "ADD_GROUP_MEMBER" -> {
                Optional<DirectoryUser> user = p.directory().findUser(params.get("upn"));
                Optional<DirectoryGroup> group = p.directory().findGroupByName(params.get("group"));
                return user.isEmpty() || group.isEmpty() ? null
                        : Maps.of("groupId", group.get().id(), "userId", user.get().id());
            }
            case "CREATE_GROUP" -> {
                return p.directory().findGroupByName(params.get("displayName")).map(g -> Maps.of("groupId", g.id(),
                        "created", open.within(g.createdDateTime()) && GROUP_MARKER.equals(g.description())))
                        .orElse(null);
            }
            case "INVITE_GUEST" -> {
                return p.directory().findGuestByMail(params.get("email")).map(u -> Maps.of("userId", u.id(),
                        "created", open.within(u.createdDateTime()))).orElse(null);
            }
            default -> {
                return null;
            }
        }
    }
}
