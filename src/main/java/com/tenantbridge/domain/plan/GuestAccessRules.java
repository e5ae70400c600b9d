package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.domain.validation.EmailAddresses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The guest-access section's rules: each technician tenant's team and guests. */
final class GuestAccessRules {

    private final PlanValidator check;

    GuestAccessRules(PlanValidator check) {
        this.check = check;
    }

    void guestAccess(GuestAccessPlan g) {
        check.httpsUrl("guestAccess.inviteRedirectUrl", g.inviteRedirectUrl());
        if (g.invitationMessage() != null && g.invitationMessage().length() > 10_000) {
            check.error("guestAccess.invitationMessage", "longer than 10,000 characters");
        }
        if (g.targets().isEmpty()) {
            check.error("guestAccess.targets", "add at least one technician tenant to guest the experts into");
        }
        Map<String, Integer> targetKeys = new HashMap<>();
        for (int i = 0; i < g.targets().size(); i++) {
            String p = "guestAccess.targets[" + i + "]";
            GuestTarget target = g.targets().get(i);
            if (check.required(p, target).isEmpty()) {
                continue;
            }
            boolean tenantOk = check.required(p + ".tenant", target.tenant()).isPresent();
            if (tenantOk) {
                check.tenant(p + ".tenant", target.tenant());
                if (check.isHostDomain(target.tenant().domain())) {
                    check.warning(p + ".tenant.domain", "this guests people into the host (Teams users') tenant;"
                            + " Remote Assist users can use Remote Assist in one tenant only, so guest the experts"
                            + " into the technicians' tenants instead");
                }
            }
            check.text(p + ".team", target.team(), PlanValidator.MAX_NAME);
            if (target.channel() != null) {
                check.text(p + ".channel", target.channel(), 50);
            }
            if (tenantOk && target.team() != null && target.tenant().domain() != null) {
                String key = (target.tenant().domain() + "/" + target.team() + "/" + target.channel())
                        .toLowerCase(Locale.ROOT);
                Integer first = targetKeys.putIfAbsent(key, i);
                if (first != null) {
                    check.error(p, "the same tenant, team and channel as guestAccess.targets[" + first + "]");
                }
            }
            guests(p, target);
        }
    }

    private void guests(String targetPath, GuestTarget target) {
        if (target.guests().isEmpty()) {
            check.error(targetPath + ".guests", "add at least one guest");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < target.guests().size(); j++) {
            String p = targetPath + ".guests[" + j + "]";
            Guest guest = target.guests().get(j);
            if (check.required(p, guest).isEmpty()) {
                continue;
            }
            if (check.email(p + ".email", guest.email())) {
                if (!seen.add(guest.email().toLowerCase(Locale.ROOT))) {
                    check.error(p + ".email", guest.email() + " is listed twice in this team");
                }
                if (target.tenant() != null && target.tenant().allDomains().stream()
                        .anyMatch(d -> DomainNames.sameDomain(d, EmailAddresses.domainOf(guest.email())))) {
                    check.error(p + ".email", guest.email() + " is already in " + target.tenant().label()
                            + "; guests come from outside the tenant");
                }
            }
            if (guest.displayName() != null) {
                check.cell(p + ".displayName", guest.displayName());
            }
            if (guest.role() == GuestRole.TECHNICIAN) {
                check.warning(p + ".role", "Remote Assist users can use Remote Assist in one tenant only; guest the"
                        + " experts into the technicians' tenant rather than the technicians into the experts'");
            }
        }
    }
}
