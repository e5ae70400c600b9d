package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.tenantbridge.domain.plan.AccessSetting;
import com.tenantbridge.service.port.PartnerSettings;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Microsoft Entra cross-tenant access settings for one partner: created with
 * https://learn.microsoft.com/graph/api/crosstenantaccesspolicy-post-partners or updated with
 * https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-update. Only the directions the
 * plan manages are written; the journal keeps what they were, and an undo never takes away a direction someone
 * else set since.
 */
public final class CrossTenantPartnerKind implements ChangeHandler<CrossTenantPartnerKind.Done> {

    /** {@code set}: the directions the run wrote; {@code before}: what those directions were (when not created). */
    public record Done(String partnerTenantId, boolean created, Directions before, Directions set, String note)
            implements ChangeRecord {
    }

    /**
     * Each direction's setting by its {@link AccessSetting} name ("ALLOWED"), as journals have always written it (the
     * enum's JSON names are the plan file's); a direction left out (null) is not the run's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Directions(String b2bCollaborationInbound, String b2bCollaborationOutbound,
            String b2bDirectConnectInbound, String b2bDirectConnectOutbound) {

        static Directions of(PartnerSettings s) {
            return new Directions(name(s.b2bCollaborationInbound()), name(s.b2bCollaborationOutbound()),
                    name(s.b2bDirectConnectInbound()), name(s.b2bDirectConnectOutbound()));
        }

        PartnerSettings settings() {
            return new PartnerSettings(setting(b2bCollaborationInbound), setting(b2bCollaborationOutbound),
                    setting(b2bDirectConnectInbound), setting(b2bDirectConnectOutbound));
        }

        /** The directions named here, as {@code from} has them. */
        Directions of(Directions from) {
            PartnerSettings mine = settings();
            PartnerSettings theirs = from.settings();
            String[] v = new String[4];
            for (int i = 0; i < 4; i++) {
                String d = PartnerSettings.DIRECTIONS.get(i);
                v[i] = mine.get(d) == null ? null : name(theirs.get(d));
            }
            return new Directions(v[0], v[1], v[2], v[3]);
        }

        private static String name(AccessSetting s) {
            return s == null ? null : s.name();
        }

        private static AccessSetting setting(String name) {
            return name == null ? null : AccessSetting.valueOf(name);
        }

        boolean names(String direction) {
            return settings().get(direction) != null;
        }
    }

    @Override
    public Class<Done> recordType() {
        return Done.class;
    }

    @Override
    public Done apply(Change c, Applying run, TenantPorts p) {
        String partnerId = c.param("partnerTenantId");
        Directions wanted = Values.convert(c.after(), Directions.class);
        Optional<PartnerSettings> current = p.crossTenantAccess().partner(partnerId);
        if (current.isEmpty()) {
            p.crossTenantAccess().createPartner(partnerId, wanted.settings());
            return new Done(partnerId, true, null, wanted, null);
        }
        p.crossTenantAccess().updatePartner(partnerId, wanted.settings());
        return new Done(partnerId, false, wanted.of(Directions.of(current.get())), wanted, null);
    }

    @Override
    public Optional<Done> found(Change c, Predicate<Instant> duringTheRun, Applying run, TenantPorts p) {
        return Optional.of(new Done(c.param("partnerTenantId"), false, null, null, Values.FOUND_IN_PLACE));
    }

    @Override
    public Verdict check(Change c, Done done, Undo at) {
        String id = done.partnerTenantId();
        if (c.param("partnerTenantId") != null && !c.param("partnerTenantId").equalsIgnoreCase(id)) {
            return at.refuse("the partner " + id + " is not the one the change was for");
        }
        Optional<PartnerSettings> current = at.ports().crossTenantAccess().partner(id);
        if (current.isEmpty()) {
            return at.fail("not found: no partner " + id);
        }
        // Only the directions the run set are compared (and put back): the others were never the run's.
        Directions set = set(c, done);
        return set != null && set.equals(set.of(Directions.of(current.get()))) ? null
                : at.left("the partner settings of " + id + " changed since the run");
    }

    @Override
    public void undo(Change c, Done done, Undo at) {
        String partner = done.partnerTenantId();
        var access = at.ports().crossTenantAccess();
        if (done.created() && !othersSetSince(at.ports(), partner, set(c, done))) {
            access.deletePartner(partner);
        } else if (done.created()) {
            // Someone set other directions since: only the run's go back to the default.
            access.updatePartner(partner, backToDefault(set(c, done)));
        } else {
            Directions before = done.before() != null ? done.before() : Values.convert(c.before(), Directions.class);
            access.updatePartner(partner, before.settings());
        }
    }

    @Override
    public boolean setting() {
        return true;
    }

    private static Directions set(Change c, Done done) {
        return done.set() != null ? done.set() : Values.convert(c.after(), Directions.class);
    }

    /**
     * Whether the partner now has something the run did not set: a direction other than the default (or scoped),
     * inbound trust, automatic consent, identity synchronization or multitenant-organization membership. Then the
     * configuration is kept and only the run's directions go back.
     */
    private static boolean othersSetSince(TenantPorts p, String partner, Directions set) {
        return p.crossTenantAccess().partner(partner).map(now -> !now.others().isEmpty()
                || PartnerSettings.DIRECTIONS.stream().filter(d -> set == null || !set.names(d))
                        .anyMatch(d -> now.scoped(d) || now.get(d) != AccessSetting.INHERIT)
                || p.crossTenantAccess().hasIdentitySynchronization(partner)).orElse(false);
    }

    /** The run's directions, each back to the default; the others left alone. */
    private static PartnerSettings backToDefault(Directions set) {
        AccessSetting[] v = new AccessSetting[4];
        for (int i = 0; i < 4; i++) {
            v[i] = set != null && set.names(PartnerSettings.DIRECTIONS.get(i)) ? AccessSetting.INHERIT : null;
        }
        return new PartnerSettings(v[0], v[1], v[2], v[3]);
    }
}
