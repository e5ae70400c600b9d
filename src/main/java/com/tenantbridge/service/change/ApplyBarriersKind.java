package com.tenantbridge.service.change;

import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Information-barrier policies applied to the tenant's users: Start-InformationBarrierPoliciesApplication
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/start-informationbarrierpoliciesapplication).
 * Not undone on its own: the rollback applies the barriers again once the barrier changes it undid are back.
 */
public final class ApplyBarriersKind implements ChangeHandler<ApplyBarriersKind.Done> {

    /** {@code status}: the application's status right after it started. */
    public record Done(String status, String note) implements ChangeRecord {
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        p.barriers().startApplication();
        return new Done(p.barriers().applicationStatus().status(), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        return null;
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        at.ports().barriers().startApplication();
    }

    @Override
    public String runbook(Change c) {
        return "Start-InformationBarrierPoliciesApplication\n"
                + "# Takes about 30 minutes to start (up to 24 hours in large tenants). Check on it with:\n"
                + "Get-InformationBarrierPoliciesApplicationStatus\n";
    }

    @Override
    public boolean barrier() {
        return true;
    }
}
