package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tenantbridge.domain.reach.Party;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Guest access in Teams, tenant-wide: Set-CsTeamsClientConfiguration -AllowGuestUser
 * (https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsclientconfiguration).
 */
public final class TeamsGuestAccessKind implements ChangeHandler<TeamsGuestAccessKind.Done> {

    public record Done(Before before, String note) implements ChangeRecord {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Before(@JsonProperty("AllowGuestUser") boolean allowGuestUser) {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        reach.parties(Party.Kind.GUEST).stream().filter(p -> p.tenant().equals(PendingReach.lower(c.tenant())))
                .forEach(p -> reach.absent(p.id(), c.tenant() + " has Teams guest access turned off (AllowGuestUser)"));
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        boolean before = p.teamsSettings().guestAccessAllowed();
        p.teamsSettings().setGuestAccessAllowed(true);
        return new Done(new Before(before), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        return at.ports().teamsSettings().guestAccessAllowed() ? null
                : at.left("Teams guest access was turned off since");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        Before before = done.before() != null ? done.before() : Values.convert(c.before(), Before.class);
        at.ports().teamsSettings().setGuestAccessAllowed(before != null && before.allowGuestUser());
    }

    @Override
    public String runbook(Change c) {
        return "Set-CsTeamsClientConfiguration -Identity Global -AllowGuestUser $true\n";
    }

    @Override
    public boolean setting() {
        return true;
    }
}
