package com.tenantbridge.service.change;

import com.tenantbridge.service.port.GroupLicences;
import com.tenantbridge.service.port.PortException;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Gives a group its licences in one write and waits for Microsoft Entra to pass them on to the members, which it
 * does asynchronously (https://learn.microsoft.com/graph/api/group-assignlicense answers 202 Accepted; the group's
 * licenseProcessingState says when it is done). Members Entra could not license (too few seats, a conflicting
 * plan) are named from the group's membersWithLicenseErrors, and the change fails with them. An undo removes only
 * the licences the run added.
 */
public final class AssignGroupLicenseKind implements ChangeHandler<AssignGroupLicenseKind.Done> {

    /** {@code added}: the SKU ids the run gave the group, joined by "|". */
    public record Done(String groupId, String added, String note) implements ChangeRecord {
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String groupId = run.groupId(c.param("group"), p);
        List<UUID> wanted = skus(c.param("skuIds"));
        GroupLicences now = p.licensing().groupLicences(groupId);
        List<UUID> missing = wanted.stream().filter(s -> !now.skuIds().contains(s)).toList();
        if (!missing.isEmpty()) {
            p.licensing().assignToGroup(groupId, missing);
        }
        Optional<GroupLicences> done = run.backoff().untilPresent(() -> Optional.of(p.licensing()
                .groupLicences(groupId)).filter(GroupLicences::processed), "Waiting for Microsoft Entra to license"
                        + " the members of " + c.param("group"));
        String added = String.join("|", missing.stream().map(UUID::toString).toList());
        if (done.isEmpty()) {
            return new Done(groupId, added, "Microsoft Entra was still passing the licences on to the members when"
                    + " the run ended; verify shows when every account has them");
        }
        List<String> failed = done.get().membersWithErrors();
        if (!failed.isEmpty()) {
            throw new PortException(0, "", "Microsoft Entra could not license " + failed.size() + " member"
                    + (failed.size() == 1 ? "" : "s") + " of " + c.param("group") + " (for example too few seats): "
                    + String.join(", ", failed.subList(0, Math.min(5, failed.size())))
                    + (failed.size() > 5 ? " and " + (failed.size() - 5) + " more" : "")
                    + ". Free or buy licences; Entra tries again by itself, or reprocess the group in the admin"
                    + " center.", null);
        }
        return new Done(groupId, added, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        // Which licences the interrupted run added is not known: none is taken away.
        return Optional.of(new Done(null, "", Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        return null;
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        List<UUID> added = skus(done.added());
        if (!added.isEmpty()) {
            at.ports().licensing().removeFromGroup(done.groupId(), added);
        }
    }

    static List<UUID> skus(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).filter(s -> !s.isBlank()).map(UUID::fromString).toList();
    }
}
