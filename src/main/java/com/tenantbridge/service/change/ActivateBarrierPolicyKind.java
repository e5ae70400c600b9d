package com.tenantbridge.service.change;

import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A policy set active: Set-InformationBarrierPolicy -State Active
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/set-informationbarrierpolicy).
 */
public final class ActivateBarrierPolicyKind implements ChangeHandler<ActivateBarrierPolicyKind.Done> {

    public record Done(String name, String note) implements ChangeRecord {
    }

    /**
     * Until it is active the policy keeps no one apart. (An application still to run after a membership change
     * leaves the active policies in force on the members as they now stand: ApplyBarriersKind holds nothing back.)
     */
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
        p.barriers().setPolicyActive(c.param("name"), true);
        return new Done(c.param("name"), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(c.param("name"), Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        Optional<BarrierPolicyState> x = BarrierPolicyKind.policy(c.param("name"), at.ports());
        if (x.isEmpty()) {
            return at.fail("not found: no policy " + c.param("name"));
        }
        return x.get().active() ? null : at.left("the policy " + x.get().name() + " was made inactive since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        at.ports().barriers().setPolicyActive(c.param("name"), false);
    }

    @Override
    public String runbook(Change c) {
        return "$policy = Get-InformationBarrierPolicy -Identity " + PowerShellText.q(c.param("name")) + "\n"
                + "if (\"$($policy.State)\" -ne 'Active') {\n"
                + "    Set-InformationBarrierPolicy -Identity $policy.Guid -State Active\n"
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
