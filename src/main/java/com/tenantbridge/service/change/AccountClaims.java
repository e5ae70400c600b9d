package com.tenantbridge.service.change;

import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.TenantPorts;
import java.util.Optional;

/** Whether an account found in place is one an interrupted run of this journal created, and so the run's. */
@FunctionalInterface
public interface AccountClaims {

    AccountClaims NONE = (create, found, ports) -> Optional.empty();

    /** What the journal records for {@code create} when its account is there already, or empty if not ours. */
    Optional<CreateUserKind.Done> claim(Change create, DirectoryUser found, TenantPorts ports);
}
