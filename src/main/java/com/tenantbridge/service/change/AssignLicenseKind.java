package com.tenantbridge.service.change;

import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A licence (Remote Assist, or what the plan names) given to one account:
 * https://learn.microsoft.com/graph/api/user-assignlicense. Right after its account is created Graph answers 404 for a
 * while, which the pacing waits out. Undone only on an account this journal's runs created.
 */
public final class AssignLicenseKind implements ChangeHandler<AssignLicenseKind.Done> {

    public record Done(String userId, String skuId, String note) implements ChangeRecord {

        @Override
        public String account() {
            return userId;
        }
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String user = run.userId(c.tenant(), c.param("upn"), p);
        run.backoff().onNotFound(() -> p.licensing().assign(user, UUID.fromString(c.param("skuId"))));
        return new Done(user, c.param("skuId"), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return p.directory().findUser(c.param("upn")).map(u -> new Done(u.id(), c.param("skuId"), null));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String upn = c.param("upn");
        return at.user(done.userId(), upn)
                .or(() -> at.ours(done.userId()) ? Optional.empty()
                        : Optional.of(at.left(upn + " existed before this journal's runs; its licence")))
                .or(() -> at.readUser(done.userId()).filter(u -> !u.licenses().contains(UUID.fromString(done.skuId())))
                        .map(u -> at.fail(u.userPrincipalName() + " no longer has that licence")))
                .orElse(null);
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        at.ports().licensing().remove(done.userId(), UUID.fromString(done.skuId()));
    }
}
