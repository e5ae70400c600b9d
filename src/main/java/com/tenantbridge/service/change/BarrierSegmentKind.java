package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An information-barrier segment: New-OrganizationSegment
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/new-organizationsegment). A segment whose filter
 * differs is removed and created again; an undo removes the run's segment and puts back the one it replaced.
 */
public final class BarrierSegmentKind implements ChangeHandler<BarrierSegmentKind.Done> {

    /** {@code filter}: the UserGroupFilter the run set; {@code before}: the segment it replaced, if any. */
    public record Done(String name, boolean created, String filter, Before before, String note)
            implements ChangeRecord {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Before(@JsonProperty("UserGroupFilter") String userGroupFilter) {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.barriersPending();
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String name = c.param("name");
        String filter = memberOfFilter(c, run, p);
        Optional<BarrierSegment> current = p.barriers().segments().stream()
                .filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        if (current.isPresent() && current.get().userGroupFilter().equals(filter)) {
            return new Done(name, false, filter, null, null);
        }
        if (current.isPresent()) {
            p.barriers().deleteSegment(name);
        }
        p.barriers().createSegment(new BarrierSegment(name, filter));
        return current.isPresent() ? new Done(name, false, filter, new Before(current.get().userGroupFilter()), null)
                : new Done(name, true, filter, null, null);
    }

    /**
     * A MemberOf segment names its group by mail, which Microsoft 365 gives a new group from the tenant's default
     * domain (not always the plan's): the mail is read back from the group rather than guessed at planning.
     */
    private static String memberOfFilter(Change c, Applying run, TenantPorts p) {
        String group = c.param("group");
        if (group == null) {
            return c.param("filter");
        }
        String mail = run.backoff().untilPresent(() -> p.directory().findGroupByName(group)).map(DirectoryGroup::mail)
                .filter(m -> m != null && !m.isBlank()).orElse(null);
        return mail == null ? c.param("filter") : "MemberOf -eq " + PowerShellText.opathText(mail);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(c.param("name"), false, null, Values.convert(c.before(), Before.class),
                Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String filter = done.filter() == null ? c.param("filter") : done.filter();
        Optional<BarrierSegment> s = at.ports().barriers().segments().stream()
                .filter(x -> x.name().equalsIgnoreCase(c.param("name"))).findFirst();
        if (s.isEmpty()) {
            return at.fail("not found: no segment " + c.param("name"));
        }
        return s.get().userGroupFilter().equals(filter) ? null
                : at.left("the segment " + s.get().name() + " was changed since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        at.ports().barriers().deleteSegment(c.param("name"));
        Before before = done.before() != null ? done.before() : Values.convert(c.before(), Before.class);
        if (!done.created() && before != null && before.userGroupFilter() != null) {
            at.ports().barriers().createSegment(new BarrierSegment(c.param("name"), before.userGroupFilter()));
        }
    }

    @Override
    public String runbook(Change c) {
        String name = PowerShellText.q(c.param("name"));
        String filter = PowerShellText.dq(c.param("filter"));
        return "if (Get-OrganizationSegment -Identity " + name + " -ErrorAction SilentlyContinue) {\n"
                + "    Set-OrganizationSegment -Identity " + name + " -UserGroupFilter " + filter + "\n"
                + "} else {\n"
                + "    New-OrganizationSegment -Name " + name + " -UserGroupFilter " + filter + "\n"
                + "}\n";
    }

    @Override
    public boolean setting() {
        return true;
    }

    @Override
    public boolean barrier() {
        return true;
    }
}
