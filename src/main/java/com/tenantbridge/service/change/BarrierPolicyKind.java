package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An information-barrier policy: New-InformationBarrierPolicy
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/new-informationbarrierpolicy). A changed policy is
 * not edited in place: set inactive, removed, created again (Microsoft Purview, "Edit or remove information barrier
 * policies"; an allow policy cannot become a block policy). It is created inactive: activating it is its own change.
 */
public final class BarrierPolicyKind implements ChangeHandler<BarrierPolicyKind.Done> {

    public record Done(String name, boolean created, Before before, String note) implements ChangeRecord {
    }

    /** The policy the run replaced, as Get-InformationBarrierPolicy names its fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Before(@JsonProperty("AssignedSegment") String assignedSegment,
            @JsonProperty("SegmentsAllowed") List<String> segmentsAllowed,
            @JsonProperty("SegmentsBlocked") List<String> segmentsBlocked, @JsonProperty("State") String state) {
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
        Optional<BarrierPolicyState> current = policy(name, p);
        if (current.isPresent() && current.get().active()) {
            p.barriers().setPolicyActive(name, false);
        }
        if (current.isPresent()) {
            p.barriers().deletePolicy(name);
        }
        p.barriers().createPolicy(new BarrierPolicyState(name, c.param("segment"), Values.split(c.param("allowed"),
                "\\|"), Values.split(c.param("blocked"), "\\|"), false));
        if (current.isEmpty()) {
            return new Done(name, true, null, null);
        }
        BarrierPolicyState b = current.get();
        return new Done(name, false, new Before(b.assignedSegment(), b.segmentsAllowed(), b.segmentsBlocked(),
                b.active() ? "Active" : "Inactive"), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(c.param("name"), false, Values.convert(c.before(), Before.class),
                Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        Optional<BarrierPolicyState> policy = policy(c.param("name"), at.ports());
        if (policy.isEmpty()) {
            return at.fail("not found: no policy " + c.param("name"));
        }
        BarrierPolicyState x = policy.get();
        boolean same = x.assignedSegment().equalsIgnoreCase(c.param("segment"))
                && Set.copyOf(x.segmentsAllowed()).equals(Set.copyOf(Values.split(c.param("allowed"), "\\|")))
                && Set.copyOf(x.segmentsBlocked()).equals(Set.copyOf(Values.split(c.param("blocked"), "\\|")));
        return same ? null : at.left("the policy " + x.name() + " was changed since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        String name = c.param("name");
        at.ports().barriers().deletePolicy(name);
        Before b = done.before() != null ? done.before() : Values.convert(c.before(), Before.class);
        if (!done.created() && b != null && b.assignedSegment() != null) {
            at.ports().barriers().createPolicy(new BarrierPolicyState(name, b.assignedSegment(),
                    b.segmentsAllowed() == null ? List.of() : b.segmentsAllowed(),
                    b.segmentsBlocked() == null ? List.of() : b.segmentsBlocked(), false));
            if ("Active".equals(b.state())) {
                at.ports().barriers().setPolicyActive(name, true);
            }
        }
    }

    /** By hand as here: a policy whose segments differ is set inactive, removed and created again, inactive. */
    @Override
    public String runbook(Change c) {
        List<String> allowed = Values.split(c.param("allowed"), "\\|");
        List<String> blocked = Values.split(c.param("blocked"), "\\|");
        String name = PowerShellText.q(c.param("name"));
        String segment = PowerShellText.q(c.param("segment"));
        String which = allowed.isEmpty() ? " -SegmentsBlocked " + PowerShellText.quoted(blocked)
                : " -SegmentsAllowed " + PowerShellText.quoted(allowed);
        String wanted = String.join("|", allowed.isEmpty() ? blocked : allowed);
        String property = allowed.isEmpty() ? "SegmentsBlocked" : "SegmentsAllowed";
        return "$policy = Get-InformationBarrierPolicy -Identity " + name + " -ErrorAction SilentlyContinue\n"
                + "if ($policy -and (\"$($policy.AssignedSegment)\" -ne " + segment + " -or (@($policy." + property
                + ") -join '|') -ne " + PowerShellText.q(wanted) + ")) {\n"
                + "    # Its segments changed: Microsoft has it removed and created again rather than edited.\n"
                + "    Set-InformationBarrierPolicy -Identity $policy.Guid -State Inactive -Force\n"
                + "    Remove-InformationBarrierPolicy -Identity $policy.Guid -Confirm:$false\n"
                + "    $policy = $null\n"
                + "}\n"
                + "if (-not $policy) {\n"
                + "    New-InformationBarrierPolicy -Name " + name + " -AssignedSegment " + segment + which
                + " -State Inactive -Force\n"
                + "}\n";
    }

    static Optional<BarrierPolicyState> policy(String name, TenantPorts p) {
        return p.barriers().policies().stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst();
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
