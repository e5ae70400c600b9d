package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.BarrierPlan;
import com.tenantbridge.domain.plan.BarrierPolicy;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PolicyKind;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.plan.SegmentAttribute;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.PowerShellText;
import com.tenantbridge.service.port.BarrierApplication;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.DirectoryUser;
import com.tenantbridge.service.port.SkuInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scenario C, in the documented order: accounts (with usageLocation), licences, then the barriers — groups
 * and their members, segments, policies created inactive, policies activated once all exist, and finally
 * the application.
 */
final class VendorPlanner {

    private final LicensingChoice licensing;

    VendorPlanner(LicensingChoice licensing) {
        this.licensing = licensing;
    }

    void plan(DeploymentPlan plan, PlanContext ctx) {
        VendorPlan v = plan.vendors();
        String tenant = plan.hostTenant().domain();
        Optional<TenantPorts> maybe = ctx.ports(tenant);
        BarrierPlan barriers = v.informationBarriers();
        if (maybe.isEmpty()) {
            // The accounts are made through Graph in the host tenant, not by a partner's runbook: without it nothing
            // of the plan's core can be planned, which must never read as "already matches".
            ctx.unreachable(tenant, "not connected, so its " + v.accounts().size() + " service account"
                    + (v.accounts().size() == 1 ? "" : "s") + ", their licences"
                    + (barriers == null ? "" : ", segment groups and barriers") + " are not planned");
            if (barriers != null) {
                barriers(plan, ctx, null, barriers, Map.of(), Map.of(), new ArrayList<>());
            }
            return;
        }
        TenantPorts ports = maybe.get();
        List<SkuInfo> skus = ports.licensing().subscribedSkus();
        Optional<SkuInfo> ra = sku(ctx, tenant, skus, v.licence());
        Optional<SkuInfo> ib = barriers == null ? Optional.empty() : sku(ctx, tenant, skus, barriers.licence());

        List<String> upns = new ArrayList<>();
        v.accounts().forEach(a -> upns.add(a.userPrincipalName()));
        if (barriers != null) {
            barriers.segments().forEach(s -> upns.addAll(s.members()));
        }
        Map<String, DirectoryUser> existing = lowerKeys(ports.directory().findUsers(upns));
        Map<String, String> createdBy = new LinkedHashMap<>();
        List<String> barrierDeps = new ArrayList<>();
        boolean byGroup = GroupLicensingPlanner.chosen(licensing, plan, ctx, ports, skus);

        for (VendorAccount a : v.accounts()) {
            String upn = a.userPrincipalName();
            DirectoryUser user = existing.get(upn.toLowerCase(Locale.ROOT));
            List<String> deps = new ArrayList<>();
            if (user == null) {
                Segment segment = segmentOf(barriers, a);
                String department = barriers != null && barriers.attribute() == SegmentAttribute.DEPARTMENT
                        && segment != null ? segment.value() : null;
                String company = barriers != null && barriers.attribute() == SegmentAttribute.COMPANY && segment != null
                        ? segment.value() : a.company();
                String id = ctx.add(new Change(Change.idOf(tenant, ChangeKind.CREATE_USER, upn), tenant,
                        ChangeKind.CREATE_USER, tenant + ": create the service account " + upn + " for "
                                + a.contactEmail(), null,
                        Maps.of("userPrincipalName", upn, "displayName", a.displayName(), "usageLocation",
                                a.usageLocation(), "companyName", company),
                        List.of(), Maps.params("upn", upn, "displayName", a.displayName(), "usageLocation",
                                a.usageLocation(), "companyName", company, "department", department,
                                "contactEmail", a.contactEmail(), "device", a.device() == null ? null
                                        : a.device().name())));
                deps.add(id);
                createdBy.put(upn.toLowerCase(Locale.ROOT), id);
                barrierDeps.add(id);
            }
            if (!byGroup) {
                licence(ctx, tenant, upn, user, ra, deps, barrierDeps, false);
                if (barriers != null) {
                    licence(ctx, tenant, upn, user, ib, deps, barrierDeps, true);
                }
            }
        }
        if (byGroup) {
            List<SkuInfo> licences = new ArrayList<>();
            ra.ifPresent(licences::add);
            ib.ifPresent(licences::add);
            String given = licences.isEmpty() ? null
                    : GroupLicensingPlanner.plan(plan, ctx, ports, licences, existing, createdBy);
            if (given != null) {
                barrierDeps.add(given);
            }
        }
        if (barriers != null) {
            barriers(plan, ctx, ports, barriers, existing, createdBy, barrierDeps);
        }
        seats(ctx, tenant, ra, byGroup, v, existing);
        seats(ctx, tenant, ib, byGroup, v, existing);
    }

    /** Free seats are checked before anything is created: a run that stops halfway helps nobody. */
    private static void seats(PlanContext ctx, String tenant, Optional<SkuInfo> sku, boolean byGroup, VendorPlan v,
            Map<String, DirectoryUser> existing) {
        if (sku.isEmpty()) {
            return;
        }
        // By group, every account without the licence takes a seat when Entra processes the group.
        long needed = byGroup ? v.accounts().stream().map(a -> existing.get(a.userPrincipalName()
                .toLowerCase(Locale.ROOT))).filter(u -> u == null || !u.licenses().contains(sku.get().skuId())).count()
                : ctx.changes.stream().filter(c -> c.kind() == ChangeKind.ASSIGN_LICENSE
                        && sku.get().skuId().toString().equalsIgnoreCase(c.param("skuId"))).count();
        if (needed > sku.get().free()) {
            ctx.block(tenant + ": " + sku.get().partNumber() + " has " + sku.get().free() + " free licence"
                    + (sku.get().free() == 1 ? "" : "s") + " and the plan needs " + needed + "; buy "
                    + (needed - sku.get().free()) + " more before applying.");
        }
    }

    private static Map<String, DirectoryUser> lowerKeys(Map<String, DirectoryUser> found) {
        Map<String, DirectoryUser> out = new LinkedHashMap<>();
        found.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static Optional<SkuInfo> sku(PlanContext ctx, String tenant, List<SkuInfo> skus,
            com.tenantbridge.domain.licensing.Sku wanted) {
        Optional<SkuInfo> found = skus.stream().filter(s -> s.partNumber().equalsIgnoreCase(wanted.partNumber()))
                .findFirst();
        if (found.isEmpty()) {
            ctx.note(tenant + " has no " + wanted.productName() + " (" + wanted.partNumber()
                    + ") subscription, so that licence cannot be assigned.");
        } else if (wanted.known().isPresent()
                && !found.get().skuId().toString().equalsIgnoreCase(wanted.known().get().skuId())) {
            ctx.note(tenant + ": " + wanted.partNumber() + " has the id " + found.get().skuId()
                    + ", not Microsoft's published " + wanted.known().get().skuId() + "; the tenant's id is used.");
        }
        return found;
    }

    private static void licence(PlanContext ctx, String tenant, String upn, DirectoryUser user, Optional<SkuInfo> sku,
            List<String> deps, List<String> barrierDeps, boolean forBarriers) {
        if (sku.isEmpty() || (user != null && user.licenses().contains(sku.get().skuId()))) {
            return;
        }
        String id = ctx.add(new Change(Change.idOf(tenant, ChangeKind.ASSIGN_LICENSE, upn + "/"
                + sku.get().partNumber()),
                tenant, ChangeKind.ASSIGN_LICENSE, tenant + ": assign " + sku.get().partNumber() + " to " + upn,
                null, Maps.of("userPrincipalName", upn, "sku", sku.get().partNumber()), deps,
                Maps.params("upn", upn, "skuId", sku.get().skuId().toString(), "skuPartNumber",
                        sku.get().partNumber())));
        if (forBarriers) {
            barrierDeps.add(id);
        }
    }

    private static Segment segmentOf(BarrierPlan barriers, VendorAccount a) {
        if (barriers == null || a.segment() == null) {
            return null;
        }
        return barriers.segments().stream().filter(s -> s.name().equalsIgnoreCase(a.segment())).findFirst()
                .orElse(null);
    }

    /** A filter's text value; one PowerShell could end early (validation refuses it first) blocks the run. */
    private static String opath(PlanContext ctx, String value) {
        try {
            return PowerShellText.opathText(value);
        } catch (IllegalArgumentException e) {
            ctx.block("Information barriers: " + e.getMessage() + "; write it with ' instead");
            return "'" + value.replace("'", "''") + "'";
        }
    }

    static String nickname(String value) {
        return Segment.mailNickname(value);
    }

    private void barriers(DeploymentPlan plan, PlanContext ctx, TenantPorts ports, BarrierPlan b,
            Map<String, DirectoryUser> existing, Map<String, String> createdBy, List<String> barrierDeps) {
        String tenant = plan.hostTenant().domain();
        Map<String, String> filters = new LinkedHashMap<>();
        for (Segment s : b.segments()) {
            if (b.attribute() == SegmentAttribute.MEMBER_OF) {
                String mail = ports == null ? nickname(s.value()) + "@" + tenant
                        : segmentGroup(plan, ctx, ports, b, s, existing, createdBy, barrierDeps);
                filters.put(s.name(), "MemberOf -eq " + opath(ctx, mail));
            } else {
                filters.put(s.name(), b.attribute().filterName() + " -eq " + opath(ctx, s.value()));
                for (String member : s.members()) {
                    ctx.note(tenant + ": " + member + " joins " + s.name() + " only if its "
                            + b.attribute().filterName()
                            + " is \u201c" + s.value() + "\u201d; TenantBridge sets it only on accounts it creates.");
                }
            }
        }
        Optional<List<BarrierSegment>> segments = ports == null ? Optional.empty()
                : ctx.readPowerShell(tenant, () -> ports.barriers().segments());
        Optional<List<BarrierPolicyState>> policies = ports == null ? Optional.empty()
                : ctx.readPowerShell(tenant, () -> ports.barriers().policies());
        boolean reachable = segments.isPresent() && policies.isPresent();
        List<String> segmentIds = new ArrayList<>();
        for (Segment s : b.segments()) {
            String filter = filters.get(s.name());
            Optional<BarrierSegment> current = segments.orElse(List.of()).stream()
                    .filter(x -> x.name().equalsIgnoreCase(s.name())).findFirst();
            if (reachable && current.isPresent() && current.get().userGroupFilter().equals(filter)) {
                continue;
            }
            // A MemberOf segment reads its group's mail back, so it waits for the group this run makes.
            String groupChange = Change.idOf(tenant, ChangeKind.CREATE_GROUP, s.value());
            List<String> segmentDeps = b.attribute() == SegmentAttribute.MEMBER_OF && ctx.changes.stream()
                    .anyMatch(x -> x.id().equals(groupChange)) ? List.of(groupChange) : List.of();
            Change c = new Change(Change.idOf(tenant, ChangeKind.BARRIER_SEGMENT, s.name()), tenant,
                    ChangeKind.BARRIER_SEGMENT, tenant + ": segment " + s.name() + " = " + filter,
                    current.map(x -> Maps.of("Name", x.name(), "UserGroupFilter", x.userGroupFilter())).orElse(null),
                    Maps.of("Name", s.name(), "UserGroupFilter", filter), segmentDeps,
                    Maps.params("name", s.name(), "filter", filter, "group",
                            b.attribute() == SegmentAttribute.MEMBER_OF ? s.value() : null));
            segmentIds.add(reachable ? ctx.add(c) : ctx.offline(c));
        }
        List<String> policyIds = new ArrayList<>();
        List<BarrierPolicy> toActivate = new ArrayList<>();
        for (BarrierPolicy p : b.policies()) {
            List<String> allowed = p.kind() == PolicyKind.ALLOW ? p.segments() : List.of();
            List<String> blocked = p.kind() == PolicyKind.BLOCK ? p.segments() : List.of();
            Optional<BarrierPolicyState> current = policies.orElse(List.of()).stream()
                    .filter(x -> x.name().equalsIgnoreCase(p.name())).findFirst();
            boolean same = current.isPresent() && current.get().assignedSegment().equalsIgnoreCase(p.segment())
                    && Set.copyOf(current.get().segmentsAllowed()).equals(Set.copyOf(allowed))
                    && Set.copyOf(current.get().segmentsBlocked()).equals(Set.copyOf(blocked));
            if (!reachable || !same) {
                Change c = new Change(Change.idOf(tenant, ChangeKind.BARRIER_POLICY, p.name()), tenant,
                        ChangeKind.BARRIER_POLICY, tenant + ": policy " + p.name() + " \u2014 " + p.segment()
                                + (p.kind() == PolicyKind.ALLOW ? " may reach only " : " may not reach ")
                                + String.join(", ", p.segments()) + " (created inactive)",
                        current.map(VendorPlanner::describe).orElse(null),
                        describe(new BarrierPolicyState(p.name(), p.segment(), allowed, blocked, false)), segmentIds,
                        Maps.params("name", p.name(), "segment", p.segment(), "allowed", String.join("|", allowed),
                                "blocked", String.join("|", blocked)));
                policyIds.add(reachable ? ctx.add(c) : ctx.offline(c));
                toActivate.add(p);
            } else if (!current.get().active()) {
                toActivate.add(p);
            }
        }
        List<String> activationIds = new ArrayList<>();
        for (BarrierPolicy p : toActivate) {
            Change c = new Change(Change.idOf(tenant, ChangeKind.ACTIVATE_BARRIER_POLICY, p.name()), tenant,
                    ChangeKind.ACTIVATE_BARRIER_POLICY, tenant + ": activate the policy " + p.name(),
                    Maps.of("State", "Inactive"), Maps.of("State", "Active"), policyIds, Maps.params("name", p.name()));
            activationIds.add(reachable ? ctx.add(c) : ctx.offline(c));
        }
        List<String> deps = new ArrayList<>(barrierDeps);
        deps.addAll(segmentIds);
        deps.addAll(activationIds);
        boolean notApplied = reachable && ctx.readPowerShell(tenant, () -> ports.barriers().applicationStatus())
                .map(BarrierApplication::status).map(s -> s.equalsIgnoreCase("NotStarted")).orElse(false);
        if (!deps.isEmpty() || notApplied) {
            Change c = new Change(Change.idOf(tenant, ChangeKind.APPLY_BARRIERS, "global"), tenant,
                    ChangeKind.APPLY_BARRIERS, tenant + ": apply the information-barrier policies (about 30 minutes to"
                            + " start in Microsoft 365)", null, Maps.of("Status", "Started"), deps, Map.of());
            if (reachable) {
                ctx.add(c);
            } else {
                ctx.offline(c);
            }
        }
    }

    /** Plans the segment's Microsoft 365 group and its members; returns the mail address the filter names. */
    private String segmentGroup(DeploymentPlan plan, PlanContext ctx, TenantPorts ports, BarrierPlan b, Segment s,
            Map<String, DirectoryUser> existing, Map<String, String> createdBy, List<String> barrierDeps) {
        String tenant = plan.hostTenant().domain();
        Optional<DirectoryGroup> group = ports.directory().findGroupByName(s.value());
        String mail = group.map(DirectoryGroup::mail).filter(m -> m != null && !m.isBlank())
                .orElse(nickname(s.value()) + "@" + tenant);
        String groupChange = null;
        if (group.isEmpty()) {
            groupChange = ctx.add(new Change(Change.idOf(tenant, ChangeKind.CREATE_GROUP, s.value()), tenant,
                    ChangeKind.CREATE_GROUP, tenant + ": create the group " + s.value() + " for the segment "
                    + s.name(),
                    null, Maps.of("displayName", s.value(), "mail", mail), List.of(),
                    Maps.params("displayName", s.value(), "mailNickname", nickname(s.value()))));
            barrierDeps.add(groupChange);
        }
        Set<String> current = group.map(g -> ports.directory().groupMemberIds(g.id())).orElse(Set.of());
        List<String> wanted = new ArrayList<>();
        plan.vendors().accounts().stream().filter(a -> s.name().equalsIgnoreCase(a.segment()))
                .forEach(a -> wanted.add(a.userPrincipalName()));
        wanted.addAll(s.members());
        for (String upn : wanted) {
            DirectoryUser user = existing.get(upn.toLowerCase(Locale.ROOT));
            if (user != null && current.contains(user.id())) {
                continue;
            }
            if (user == null && !createdBy.containsKey(upn.toLowerCase(Locale.ROOT))) {
                ctx.note(tenant + ": " + upn + " does not exist, so it cannot join the segment " + s.name() + ".");
                continue;
            }
            List<String> deps = new ArrayList<>();
            if (groupChange != null) {
                deps.add(groupChange);
            }
            if (createdBy.containsKey(upn.toLowerCase(Locale.ROOT))) {
                deps.add(createdBy.get(upn.toLowerCase(Locale.ROOT)));
            }
            barrierDeps.add(ctx.add(new Change(Change.idOf(tenant, ChangeKind.ADD_GROUP_MEMBER, s.value() + "/" + upn),
                    tenant, ChangeKind.ADD_GROUP_MEMBER, tenant + ": add " + upn + " to the group " + s.value(), null,
                    Maps.of("group", s.value(), "member", upn), deps, Maps.params("group", s.value(), "upn", upn))));
        }
        return mail;
    }

    private static Map<String, Object> describe(BarrierPolicyState p) {
        return Maps.of("Name", p.name(), "AssignedSegment", p.assignedSegment(), "SegmentsAllowed", p.segmentsAllowed(),
                "SegmentsBlocked", p.segmentsBlocked(), "State", p.active() ? "Active" : "Inactive");
    }
}
