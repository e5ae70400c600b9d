package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Anonymous join, tenant-wide: Set-CsTeamsMeetingConfiguration -DisableAnonymousJoin
 * (https://learn.microsoft.com/powershell/module/microsoftteams/set-csteamsmeetingconfiguration).
 */
public final class MeetingConfigurationKind implements ChangeHandler<MeetingConfigurationKind.Done> {

    public record Done(Before before, String note) implements ChangeRecord {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Before(@JsonProperty("DisableAnonymousJoin") boolean disableAnonymousJoin) {
    }

    @Override
    public void holdsBack(Change c, PendingReach reach) {
        if (c.before() != null && Boolean.TRUE.equals(c.before().get("DisableAnonymousJoin"))) {
            reach.anonymousJoinOff();
        }
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        boolean before = p.teamsSettings().anonymousJoinDisabled();
        p.teamsSettings().setAnonymousJoinDisabled(false);
        return new Done(new Before(before), null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        return at.ports().teamsSettings().anonymousJoinDisabled() ? at.left("anonymous join was turned off since")
                : null;
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        Before before = done.before() != null ? done.before() : Values.convert(c.before(), Before.class);
        at.ports().teamsSettings().setAnonymousJoinDisabled(before != null && before.disableAnonymousJoin());
    }

    @Override
    public String runbook(Change c) {
        return "Set-CsTeamsMeetingConfiguration -Identity Global -DisableAnonymousJoin $false\n";
    }

    @Override
    public boolean setting() {
        return true;
    }
}
