package com.tenantbridge.service.engine;

import com.tenantbridge.service.change.AddGroupMemberKind;
import com.tenantbridge.service.change.AssignLicenseKind;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.ChangeRecord;
import com.tenantbridge.service.change.CreateUserKind;
import com.tenantbridge.service.change.CreationTag;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.port.BulkWriteService.AddMembers;
import com.tenantbridge.service.port.BulkWriteService.AssignLicence;
import com.tenantbridge.service.port.BulkWriteService.CreateUser;
import com.tenantbridge.service.port.BulkWriteService.Result;
import com.tenantbridge.service.port.BulkWriteService;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * What a bulk run knows of the tenant and keeps in its journal: the ids of accounts and groups, the request each
 * piece of work becomes, and for each change done the same result a change run on its own would record.
 */
final class BulkResults {

    /** Memberships of a members request already in the group, and those still to add (with their ids). */
    record Split(List<ChangeOutcome> in, List<Change> rest, List<String> restIds) {
    }

    /** This run's id: the accounts it sends carry its {@link CreationTag}. */
    private final String run;
    private final TenantPorts ports;
    private final Backoff backoff;
    private final AccountRecovery recovery;
    /** Account ids by lower-case user principal name, shared by the bulk stretches of one run. */
    private final Map<String, String> userIds;
    private final Map<String, Optional<String>> groupIds = new ConcurrentHashMap<>();
    private final Map<String, String> groupErrors = new ConcurrentHashMap<>();
    private volatile String userLookupError;

    BulkResults(String run, TenantPorts ports, Backoff backoff, AccountRecovery recovery, Map<String, String> userIds) {
        this.run = run;
        this.userIds = userIds;
        this.ports = ports;
        this.backoff = backoff;
        this.recovery = recovery;
    }

    BulkWriteService.Op op(BulkWork w) {
        Change c = w.first();
        return switch (w.kind()) {
            case CREATE -> new CreateUser(new NewUser(c.param("upn"), c.param("displayName"), c.param("usageLocation"),
                    c.param("department"), c.param("companyName"), w.password(), CreationTag.of(run)));
            case LICENCE -> new AssignLicence(c.param("upn"), UUID.fromString(c.param("skuId")));
            case MEMBERS -> new AddMembers(w.groupId(), w.userIds());
        };
    }

    /** The outcomes of a request carried out. */
    List<ChangeOutcome> done(BulkWork w, Result r, List<CredentialsHandout.Row> rows) {
        Change c = w.first();
        return switch (w.kind()) {
            case CREATE -> {
                userIds.put(key(c.param("upn")), r.userId());
                rows.add(CreateUserKind.handoutRow(c, w.password()));
                yield List.of(done(c, new CreateUserKind.Done(r.userId(), true, null, CreationTag.of(run))));
            }
            case LICENCE -> List.of(done(c, new AssignLicenseKind.Done(userIds.getOrDefault(
                    key(c.param("upn")), c.param("upn")), c.param("skuId"), null)));
            case MEMBERS -> {
                List<ChangeOutcome> out = new ArrayList<>();
                for (int i = 0; i < w.changes().size(); i++) {
                    out.add(done(w.changes().get(i), new AddGroupMemberKind.Done(w.groupId(), w.userIds().get(i),
                            null)));
                }
                yield out;
            }
        };
    }

    /**
     * An account that was taken already. On a first try an earlier, interrupted run created it (its password is in
     * that handout), unless the journal can claim it; on a later try this run's earlier try did, its answer lost,
     * with this same password.
     */
    List<ChangeOutcome> exists(BulkWork w, List<CredentialsHandout.Row> rows) {
        Change c = w.first();
        Optional<DirectoryUser> found = ports.directory().findUser(c.param("upn"));
        found.ifPresent(u -> userIds.put(key(c.param("upn")), u.id()));
        String id = found.map(DirectoryUser::id).orElse(null);
        if (w.attempt() > 0 && found.filter(u -> CreationTag.sentBy(run, u)).isPresent()) {
            rows.add(CreateUserKind.handoutRow(c, w.password()));
            return List.of(done(c, new CreateUserKind.Done(id, true, "created by an earlier try whose answer was"
                    + " lost", CreationTag.of(run))));
        }
        if (found.isPresent()) {
            Optional<CreateUserKind.Done> claimed = recovery.claim(c, found.get(), ports);
            if (claimed.isPresent()) {
                return List.of(done(c, claimed.get()));
            }
        }
        return List.of(done(c, new CreateUserKind.Done(id, false, "existed already; its password is not in this"
                + " handout")));
    }

    /** A members request refused because someone is in already: the group is read to see who. */
    Split splitMembers(BulkWork w) {
        Set<String> members = ports.directory().groupMemberIds(w.groupId());
        List<ChangeOutcome> in = new ArrayList<>();
        List<Change> rest = new ArrayList<>();
        List<String> restIds = new ArrayList<>();
        for (int i = 0; i < w.changes().size(); i++) {
            String id = w.userIds().get(i);
            if (members.contains(id)) {
                in.add(done(w.changes().get(i), new AddGroupMemberKind.Done(w.groupId(), id, null)));
            } else {
                rest.add(w.changes().get(i));
                restIds.add(id);
            }
        }
        return new Split(in, rest, restIds);
    }

    private static ChangeOutcome done(Change c, ChangeRecord result) {
        return new ChangeOutcome(c, ChangeOutcome.Status.DONE, null, result);
    }

    String userId(String upn) {
        return userIds.get(key(upn));
    }

    /** The ids of accounts that exist already, twenty to a read. */
    void lookUpUsers(List<String> upns) {
        List<String> unknown = upns.stream().filter(u -> !userIds.containsKey(key(u))).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        try {
            ports.directory().findUsers(unknown).forEach((upn, u) -> userIds.put(key(upn), u.id()));
        } catch (PortException e) {
            userLookupError = e.getMessage();
        }
    }

    String existingUserId(String upn) {
        return userIds.get(key(upn));
    }

    String userLookupNote() {
        return userLookupError == null ? "" : ": " + userLookupError;
    }

    /** Each group once, a few at a time; a group that cannot be read fails its memberships. */
    void lookUpGroups(List<Change> changes, ExecutorService pool) throws InterruptedException {
        List<Future<?>> lookups = new ArrayList<>();
        changes.stream().filter(c -> c.kind() == ChangeKind.ADD_GROUP_MEMBER).map(c -> c.param("group")).distinct()
                .forEach(name -> lookups.add(pool.submit(() -> groupId(name))));
        for (Future<?> f : lookups) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // Recorded by groupId; the memberships of that group fail with its message.
            }
        }
    }

    /** Each group is looked up once per run; a group made earlier in this run may not be readable yet. */
    String groupId(String name) {
        try {
            return groupIds.computeIfAbsent(key(name), n -> backoff.untilPresent(
                    () -> ports.directory().findGroupByName(name)).map(DirectoryGroup::id)).orElse(null);
        } catch (PortException e) {
            groupErrors.put(key(name), e.getMessage());
            return null;
        }
    }

    String groupError(String name) {
        return groupErrors.getOrDefault(key(name), "no group " + name);
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
