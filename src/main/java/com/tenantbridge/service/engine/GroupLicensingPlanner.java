package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.GroupLicences;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plans group-based licensing for a vendor plan's accounts: one security group per plan carries the Remote Assist
 * (and barrier) licences, the accounts join it twenty to a write, and the group is given its licences once
 * (https://learn.microsoft.com/graph/api/group-assignlicense). Support engineers are not put in it: they need no
 * Remote Assist licence, which licensing a segment group would have handed them.
 */
final class GroupLicensingPlanner {

    private GroupLicensingPlanner() {
    }

    static String groupName(DeploymentPlan plan) {
        String name = "Remote Assist licences - " + (plan.displayName() == null ? "vendors" : plan.displayName());
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** Whether this plan's accounts are licensed through a group; a GROUP choice without P1 blocks the plan. */
    static boolean chosen(LicensingChoice choice, DeploymentPlan plan, PlanContext ctx, TenantPorts ports,
            List<SkuInfo> skus) {
        String tenant = plan.hostTenant().domain();
        // "For every user who benefits": a qualifying seat for each account the group licenses.
        int seats = LicensingChoice.qualifyingSeats(skus);
        int accounts = plan.vendors().accounts().size();
        boolean p1 = seats >= accounts && seats > 0;
        return switch (choice) {
            case USER -> false;
            case GROUP -> {
                if (!p1) {
                    ctx.block(tenant + (seats == 0 ? " has no licence that group-based licensing needs"
                            : " has " + seats + " seats that qualify for group-based licensing and the plan licenses "
                                    + accounts + " accounts by group, each of which needs one")
                            + " (Microsoft Entra ID P1 or above, Microsoft 365 Business Premium, Office 365 E3/A3/G3"
                            + " or above); assign licences per user instead.");
                }
                yield p1;
            }
            case AUTO -> p1 && (plan.vendors().accounts().size() >= LicensingChoice.GROUP_FROM
                    || ports.directory().findGroupByName(groupName(plan)).isPresent());
        };
    }

    /**
     * The group (if new), each account's membership, and the group's licences; returns the id of the licensing
     * change (to be waited for before the barriers are applied), or null when everything holds.
     */
    static String plan(DeploymentPlan plan, PlanContext ctx, TenantPorts ports, List<SkuInfo> licences,
            Map<String, DirectoryUser> existing, Map<String, String> createdBy) {
        String tenant = plan.hostTenant().domain();
        String name = groupName(plan);
        Optional<DirectoryGroup> group = ports.directory().findGroupByName(name);
        List<String> deps = new ArrayList<>();
        if (group.isEmpty()) {
            deps.add(ctx.add(new Change(Change.idOf(tenant, ChangeKind.CREATE_GROUP, name), tenant,
                    ChangeKind.CREATE_GROUP, tenant + ": create the security group " + name + " to carry the"
                            + " service accounts' licences", null, Maps.of("displayName", name, "securityEnabled",
                            true), List.of(), Maps.params("displayName", name, "mailNickname", nickname(name),
                            "security", "true"))));
        }
        Set<String> members = group.map(g -> ports.directory().groupMemberIds(g.id())).orElse(Set.of());
        GroupLicences given = group.map(g -> ports.licensing().groupLicences(g.id()))
                .orElse(new GroupLicences(List.of(), null, List.of()));
        int joining = 0;
        int unlicensed = 0;
        List<UUID> wanted = licences.stream().map(SkuInfo::skuId).toList();
        for (VendorAccount a : plan.vendors().accounts()) {
            String upn = a.userPrincipalName();
            DirectoryUser user = existing.get(upn.toLowerCase(Locale.ROOT));
            if (user != null && members.contains(user.id())) {
                // In the group but without its licences: Entra has not got to it yet, or could not (seats).
                if (!user.licenses().containsAll(wanted)) {
                    unlicensed++;
                }
                continue;
            }
            List<String> memberDeps = new ArrayList<>(group.isEmpty() ? List.of(deps.get(0)) : List.of());
            if (createdBy.containsKey(upn.toLowerCase(Locale.ROOT))) {
                memberDeps.add(createdBy.get(upn.toLowerCase(Locale.ROOT)));
            }
            deps.add(ctx.add(new Change(Change.idOf(tenant, ChangeKind.ADD_GROUP_MEMBER, name + "/" + upn), tenant,
                    ChangeKind.ADD_GROUP_MEMBER, tenant + ": add " + upn + " to the group " + name + " (licences)",
                    null, Maps.of("group", name, "member", upn), memberDeps, Maps.params("group", name, "upn", upn,
                            "purpose", "licensing"))));
            joining++;
        }
        boolean missing = wanted.stream().anyMatch(s -> !given.skuIds().contains(s));
        if (!missing && joining == 0 && unlicensed == 0) {
            return null;
        }
        List<String> parts = licences.stream().map(SkuInfo::partNumber).toList();
        return ctx.add(new Change(Change.idOf(tenant, ChangeKind.ASSIGN_GROUP_LICENSE, name), tenant,
                ChangeKind.ASSIGN_GROUP_LICENSE, tenant + ": give the group " + name + " " + String.join(" and ", parts)
                        + " and wait for Microsoft Entra to license its " + (joining + members.size()) + " member"
                        + (joining + members.size() == 1 ? "" : "s"), null, Maps.of("group", name, "licences", parts),
                deps, Maps.params("group", name, "skuIds", String.join("|", wanted.stream().map(UUID::toString)
                        .toList()), "skuPartNumbers", String.join("|", parts))));
    }

    /** A mail nickname Graph takes (letters and digits), unique per plan name. */
    static String nickname(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "ralicences" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
