package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.domain.validation.CountryCodes;
import com.tenantbridge.domain.validation.DomainNames;
import com.tenantbridge.domain.validation.EmailAddresses;
import com.tenantbridge.domain.validation.UserPrincipalNames;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a plan before anything is written anywhere and returns every problem with its field path.
 * Only the section of the chosen scenario is checked.
 */
public final class PlanValidator {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HTTPS_URL = Pattern.compile("https://([^/?#:]+)(:\\d{1,5})?([/?#].*)?");
    /** Teams keeps at most 4,000 domains in AllowedDomains or BlockedDomains. */
    static final int MAX_FEDERATION_DOMAINS = 4000;
    static final int MAX_NAME = 256;
    /** UserGroupFilter operators: a segment value holding one means a second attribute is being mixed in. */
    private static final Pattern FILTER_SYNTAX = Pattern.compile("(?i)(^|\\s)-(eq|ne|and|or|like|not)\\b");

    private final List<Problem> problems = new ArrayList<>();
    private final DeploymentPlan plan;

    private PlanValidator(DeploymentPlan plan) {
        this.plan = plan;
    }

    public static List<Problem> validate(DeploymentPlan plan) {
        PlanValidator v = new PlanValidator(plan);
        v.run();
        return List.copyOf(v.problems);
    }

    private void run() {
        if (plan.schemaVersion() != DeploymentPlan.SCHEMA_VERSION) {
            error("schemaVersion", "this TenantBridge works with schemaVersion " + DeploymentPlan.SCHEMA_VERSION);
        }
        if (plan.planId() != null && !plan.planId().matches("[A-Za-z0-9-]{1,64}")) {
            error("planId", "a plan id is letters, digits and hyphens (at most 64); remove it and TenantBridge"
                    + " gives the plan a new one");
        }
        text("name", plan.name(), 120);
        hostTenant();
        acceptedDeviations();
        if (plan.scenario() == null) {
            error("scenario", "choose a scenario: " + String.join(", ", PlanJson.enumNames(Scenario.class)));
            return;
        }
        switch (plan.scenario()) {
            case FEDERATION -> required("federation", plan.federation()).ifPresent(this::federation);
            case GUEST_ACCESS -> required("guestAccess", plan.guestAccess()).ifPresent(this::guestAccess);
            case VENDOR_ACCOUNTS -> required("vendors", plan.vendors()).ifPresent(this::vendors);
            case ANONYMOUS_JOIN -> required("anonymousJoin", plan.anonymousJoin()).ifPresent(this::anonymousJoin);
        }
    }

    private void acceptedDeviations() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.acceptedDeviations().size(); i++) {
            String p = "acceptedDeviations[" + i + "]";
            String id = plan.acceptedDeviations().get(i);
            if (id == null || com.tenantbridge.domain.scenario.Baseline.byId(id).isEmpty()) {
                error(p, "\u201c" + id + "\u201d is not a baseline rule TenantBridge checks; use one of "
                        + String.join(", ", com.tenantbridge.domain.scenario.Baseline.ids()));
            } else if (!seen.add(id.toLowerCase(Locale.ROOT))) {
                error(p, id + " is listed twice");
            }
        }
    }

    // ---- host tenant --------------------------------------------------------------------------------

    private void hostTenant() {
        required("hostTenant", plan.hostTenant()).ifPresent(t -> tenant("hostTenant", t));
    }

    private void tenant(String path, TenantRef t) {
        text(path + ".name", t.name(), MAX_NAME);
        tenantDomain(path + ".domain", t.domain());
        Set<String> seen = new HashSet<>();
        if (t.domain() != null) {
            seen.add(t.domain().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < t.additionalDomains().size(); i++) {
            String p = path + ".additionalDomains[" + i + "]";
            String d = t.additionalDomains().get(i);
            if (tenantDomain(p, d) && !seen.add(d.toLowerCase(Locale.ROOT))) {
                error(p, d + " is listed twice");
            }
        }
        if (t.tenantId() != null && !GUID.matcher(t.tenantId()).matches()) {
            error(path + ".tenantId", "\u201c" + t.tenantId() + "\u201d is not a tenant id (a GUID such as"
                    + " 72f988bf-86f1-41af-91ab-2d7cd011db47)");
        }
    }

    /** A domain that names a tenant: valid, and not a consumer mail service. */
    private boolean tenantDomain(String path, String domain) {
        Optional<String> problem = DomainNames.problem(domain);
        if (problem.isPresent()) {
            error(path, problem.get());
            return false;
        }
        if (DomainNames.isConsumer(domain)) {
            error(path, domain + " is a consumer mail domain, not a Microsoft 365 tenant's domain");
            return false;
        }
        return true;
    }

    /** The host's valid domains: a broken host domain is reported once, not again on every UPN. */
    private List<String> hostDomains() {
        return plan.hostTenant() == null ? List.of()
                : plan.hostTenant().allDomains().stream().filter(DomainNames::isValid).toList();
    }

    private boolean isHostDomain(String domain) {
        return hostDomains().stream().anyMatch(d -> DomainNames.sameDomain(d, domain));
    }

    // ---- A: federation ------------------------------------------------------------------------------

    private void federation(FederationPlan f) {
        required("federation.mode", f.mode());
        if (f.mode() == FederationMode.OPEN) {
            warning("federation.mode", "open federation lets every federated organisation reach your users;"
                    + " allowSpecific keeps to the partners (CISA ScubaGear MS.TEAMS.2.1v2)");
        }
        List<PartnerTenant> partners = f.partners();
        if (partners.isEmpty()) {
            error("federation.partners", "add at least one partner tenant");
        }
        Map<String, String> partnerDomains = new HashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            String p = "federation.partners[" + i + "]";
            PartnerTenant partner = partners.get(i);
            if (required(p, partner).isEmpty()) {
                continue;
            }
            required(p + ".mode", partner.mode());
            if (required(p + ".tenant", partner.tenant()).isEmpty()) {
                continue;
            }
            tenant(p + ".tenant", partner.tenant());
            List<String> domains = partner.tenant().allDomains();
            for (int d = 0; d < domains.size(); d++) {
                String domain = domains.get(d);
                String dp = p + ".tenant." + (d == 0 ? "domain" : "additionalDomains[" + (d - 1) + "]");
                if (isHostDomain(domain)) {
                    error(dp, domain + " is the host tenant's own domain");
                } else if (partnerDomains.putIfAbsent(domain.toLowerCase(Locale.ROOT), p) != null) {
                    error(dp, domain + " is already a domain of " + partnerDomains.get(domain.toLowerCase(Locale.ROOT)));
                }
            }
        }
        if (partnerDomains.size() > MAX_FEDERATION_DOMAINS) {
            error("federation.partners", "Teams allows at most " + MAX_FEDERATION_DOMAINS + " allowed domains");
        }
        blockedDomains(f);
    }

    /** A blocked partner is the scenario's intent broken: domain.intent names it with the pair it cuts. */
    private void blockedDomains(FederationPlan f) {
        List<String> blocked = f.blockedDomains();
        if (!blocked.isEmpty() && f.mode() != FederationMode.BLOCK_SPECIFIC) {
            error("federation.blockedDomains", "only used with mode blockSpecific (Teams ignores the blocked list"
                    + " while an allow list is in effect)");
        }
        if (blocked.size() > MAX_FEDERATION_DOMAINS) {
            error("federation.blockedDomains", "Teams allows at most " + MAX_FEDERATION_DOMAINS + " blocked domains");
        }
        if (f.mode() == FederationMode.BLOCK_SPECIFIC && blocked.isEmpty()) {
            warning("federation.blockedDomains", "no domains to block: this is the same as open federation");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocked.size(); i++) {
            String p = "federation.blockedDomains[" + i + "]";
            String d = blocked.get(i);
            Optional<String> problem = DomainNames.problem(d);
            if (problem.isPresent()) {
                error(p, problem.get());
                continue;
            }
            String key = d.toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                error(p, d + " is listed twice");
            } else if (isHostDomain(d)) {
                error(p, d + " is the host tenant's own domain");
            }
        }
    }

    // ---- B: guest access ----------------------------------------------------------------------------

    private void guestAccess(GuestAccessPlan g) {
        httpsUrl("guestAccess.inviteRedirectUrl", g.inviteRedirectUrl());
        if (g.invitationMessage() != null && g.invitationMessage().length() > 10_000) {
            error("guestAccess.invitationMessage", "longer than 10,000 characters");
        }
        if (g.targets().isEmpty()) {
            error("guestAccess.targets", "add at least one technician tenant to guest the experts into");
        }
        Map<String, Integer> targetKeys = new HashMap<>();
        for (int i = 0; i < g.targets().size(); i++) {
            String p = "guestAccess.targets[" + i + "]";
            GuestTarget target = g.targets().get(i);
            if (required(p, target).isEmpty()) {
                continue;
            }
            boolean tenantOk = required(p + ".tenant", target.tenant()).isPresent();
            if (tenantOk) {
                tenant(p + ".tenant", target.tenant());
                if (isHostDomain(target.tenant().domain())) {
                    warning(p + ".tenant.domain", "this guests people into the host (Teams users') tenant;"
                            + " Remote Assist users can use Remote Assist in one tenant only, so guest the experts"
                            + " into the technicians' tenants instead");
                }
            }
            text(p + ".team", target.team(), MAX_NAME);
            if (target.channel() != null) {
                text(p + ".channel", target.channel(), 50);
            }
            if (tenantOk && target.team() != null && target.tenant().domain() != null) {
                String key = (target.tenant().domain() + "/" + target.team() + "/" + target.channel())
                        .toLowerCase(Locale.ROOT);
                Integer first = targetKeys.putIfAbsent(key, i);
                if (first != null) {
                    error(p, "the same tenant, team and channel as guestAccess.targets[" + first + "]");
                }
            }
            guests(p, target);
        }
    }

    private void guests(String targetPath, GuestTarget target) {
        if (target.guests().isEmpty()) {
            error(targetPath + ".guests", "add at least one guest");
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < target.guests().size(); j++) {
            String p = targetPath + ".guests[" + j + "]";
            Guest guest = target.guests().get(j);
            if (required(p, guest).isEmpty()) {
                continue;
            }
            if (email(p + ".email", guest.email())) {
                if (!seen.add(guest.email().toLowerCase(Locale.ROOT))) {
                    error(p + ".email", guest.email() + " is listed twice in this team");
                }
                if (target.tenant() != null && target.tenant().allDomains().stream()
                        .anyMatch(d -> DomainNames.sameDomain(d, EmailAddresses.domainOf(guest.email())))) {
                    error(p + ".email", guest.email() + " is already in " + target.tenant().label()
                            + "; guests come from outside the tenant");
                }
            }
            if (guest.displayName() != null) {
                cell(p + ".displayName", guest.displayName());
            }
            if (guest.role() == GuestRole.TECHNICIAN) {
                warning(p + ".role", "Remote Assist users can use Remote Assist in one tenant only; guest the"
                        + " experts into the technicians' tenant rather than the technicians into the experts'");
            }
        }
    }

    // ---- C: vendor service accounts ------------------------------------------------------------------

    private void vendors(VendorPlan v) {
        required("vendors.licence", v.licence()).ifPresent(sku -> {
            if (sku.use() != LicenceSku.Use.REMOTE_ASSIST) {
                error("vendors.licence", sku + " is not a Remote Assist licence; use one of "
                        + names(LicenceSku.forUse(LicenceSku.Use.REMOTE_ASSIST)));
            }
        });
        BarrierPlan barriers = v.informationBarriers();
        Set<String> segmentNames = new HashSet<>();
        if (barriers != null) {
            barriers(barriers).forEach(n -> segmentNames.add(n.toLowerCase(Locale.ROOT)));
        }
        if (v.accounts().isEmpty()) {
            error("vendors.accounts", "add at least one vendor account");
        }
        Map<String, Integer> upns = new HashMap<>();
        Map<String, Integer> contacts = new HashMap<>();
        for (int i = 0; i < v.accounts().size(); i++) {
            String p = "vendors.accounts[" + i + "]";
            VendorAccount a = v.accounts().get(i);
            if (required(p, a).isEmpty()) {
                continue;
            }
            cell(p + ".displayName", a.displayName());
            if (upn(p + ".userPrincipalName", a.userPrincipalName())) {
                Integer first = upns.putIfAbsent(a.userPrincipalName().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    error(p + ".userPrincipalName", a.userPrincipalName() + " is already used by vendors.accounts["
                            + first + "]");
                }
            }
            if (email(p + ".contactEmail", a.contactEmail())) {
                if (isHostDomain(EmailAddresses.domainOf(a.contactEmail()))) {
                    error(p + ".contactEmail", a.contactEmail() + " is inside the host tenant; service accounts are"
                            + " for people outside it");
                }
                Integer first = contacts.putIfAbsent(a.contactEmail().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    warning(p + ".contactEmail", "the same person as vendors.accounts[" + first
                            + "] gets a second account");
                }
            }
            cell(p + ".company", a.company());
            CountryCodes.problem(a.usageLocation()).ifPresent(m -> error(p + ".usageLocation", m));
            accountSegment(p, a, barriers, segmentNames);
        }
    }

    private void accountSegment(String p, VendorAccount a, BarrierPlan barriers, Set<String> segmentNames) {
        if (barriers != null && a.userPrincipalName() != null && a.segment() != null) {
            for (Segment s : barriers.segments()) {
                if (s != null && s.name() != null && !s.name().equalsIgnoreCase(a.segment())
                        && s.members().stream().anyMatch(m -> a.userPrincipalName().equalsIgnoreCase(m))) {
                    error(p + ".segment", a.userPrincipalName() + " is also a member of segment " + s.name()
                            + "; an account belongs to exactly one segment");
                }
            }
        }
        if (barriers == null) {
            if (a.segment() != null) {
                warning(p + ".segment", "ignored: the plan has no information barriers");
            }
            return;
        }
        if (a.segment() == null || a.segment().isBlank()) {
            error(p + ".segment", "required: with information barriers every account belongs to one segment");
        } else if (!segmentNames.contains(a.segment().toLowerCase(Locale.ROOT))) {
            error(p + ".segment", "\u201c" + a.segment() + "\u201d is not a segment of this plan");
        }
    }

    /** Checks the barrier section and returns the names of its segments. */
    private List<String> barriers(BarrierPlan b) {
        String base = "vendors.informationBarriers";
        required(base + ".attribute", b.attribute());
        required(base + ".licence", b.licence()).ifPresent(sku -> {
            if (sku.use() != LicenceSku.Use.INFORMATION_BARRIERS) {
                error(base + ".licence", sku + " does not include information barriers; use one of "
                        + names(LicenceSku.forUse(LicenceSku.Use.INFORMATION_BARRIERS)));
            }
        });
        if (b.segments().isEmpty()) {
            error(base + ".segments", "add the segments the barriers separate");
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> values = new HashMap<>();
        Map<String, Integer> nicknames = new HashMap<>();
        Map<String, String> memberSegment = new HashMap<>();
        for (int i = 0; i < b.segments().size(); i++) {
            String p = base + ".segments[" + i + "]";
            Segment s = b.segments().get(i);
            if (required(p, s).isEmpty()) {
                continue;
            }
            if (text(p + ".name", s.name(), 64)) {
                if (names.stream().anyMatch(n -> n.equalsIgnoreCase(s.name()))) {
                    error(p + ".name", s.name() + " is defined twice");
                } else {
                    names.add(s.name());
                }
            }
            if (text(p + ".value", s.value(), MAX_NAME) && FILTER_SYNTAX.matcher(s.value()).find()) {
                error(p + ".value", "write only the " + (b.attribute() == null ? "attribute" : b.attribute().filterName())
                        + " value, not a filter: every segment is defined on the same one attribute");
            } else if (s.value() != null && !s.value().isBlank()) {
                Integer first = values.putIfAbsent(s.value().toLowerCase(Locale.ROOT), i);
                Integer same = b.attribute() != SegmentAttribute.MEMBER_OF || first != null ? null
                        : nicknames.putIfAbsent(Segment.mailNickname(s.value()).toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    error(p + ".value", "segments must not overlap: " + base + ".segments[" + first
                            + "] selects the same users");
                } else if (same != null) {
                    error(p + ".value", "its group's mail address (" + Segment.mailNickname(s.value()) + "@…)"
                            + " would be the same as " + base + ".segments[" + same + "]'s: a mail nickname keeps only"
                            + " letters, digits and _ . -; choose values that differ in those");
                }
            }
            for (int m = 0; m < s.members().size(); m++) {
                String mp = p + ".members[" + m + "]";
                String member = s.members().get(m);
                if (upn(mp, member)) {
                    String previous = memberSegment.putIfAbsent(member.toLowerCase(Locale.ROOT), s.name());
                    if (previous != null) {
                        error(mp, member + " is already in segment " + previous + "; segments must not overlap");
                    }
                }
            }
        }
        policies(base, b, names);
        return names;
    }

    private void policies(String base, BarrierPlan b, List<String> segmentNames) {
        Map<String, PolicyKind> kindBySegment = new HashMap<>();
        Map<String, Set<String>> allowed = new HashMap<>();
        Map<String, Set<String>> blocked = new HashMap<>();
        Set<String> policyNames = new HashSet<>();
        for (int i = 0; i < b.policies().size(); i++) {
            String p = base + ".policies[" + i + "]";
            BarrierPolicy policy = b.policies().get(i);
            if (required(p, policy).isEmpty()) {
                continue;
            }
            if (text(p + ".name", policy.name(), 64) && !policyNames.add(policy.name().toLowerCase(Locale.ROOT))) {
                error(p + ".name", policy.name() + " is defined twice");
            }
            required(p + ".kind", policy.kind());
            boolean segmentOk = segmentRef(p + ".segment", policy.segment(), segmentNames);
            if (policy.segments().isEmpty()) {
                error(p + ".segments", "list the segments this policy " + (policy.kind() == PolicyKind.BLOCK
                        ? "blocks" : "allows"));
            }
            for (int j = 0; j < policy.segments().size(); j++) {
                segmentRef(p + ".segments[" + j + "]", policy.segments().get(j), segmentNames);
            }
            if (!segmentOk || policy.kind() == null) {
                continue;
            }
            String key = policy.segment().toLowerCase(Locale.ROOT);
            PolicyKind previous = kindBySegment.putIfAbsent(key, policy.kind());
            if (previous != null && previous != policy.kind()) {
                error(p + ".kind", "segment " + policy.segment() + " already has a"
                        + (previous == PolicyKind.ALLOW ? "n allow" : " block") + " policy; a segment has allow"
                        + " or block policies, not both");
            }
            Set<String> targets = new HashSet<>();
            policy.segments().stream().filter(s -> s != null).forEach(s -> targets.add(s.toLowerCase(Locale.ROOT)));
            if (policy.kind() == PolicyKind.ALLOW) {
                if (!targets.contains(key)) {
                    error(p + ".segments", "an allow policy must include its own segment " + policy.segment()
                            + ", or its members cannot reach each other");
                }
                allowed.computeIfAbsent(key, k -> new HashSet<>()).addAll(targets);
            } else {
                if (targets.contains(key)) {
                    error(p + ".segments", "a block policy cannot block its own segment " + policy.segment());
                }
                blocked.computeIfAbsent(key, k -> new HashSet<>()).addAll(targets);
            }
        }
        oneWay(base, b, allowed, blocked);
        unassigned(base, b, kindBySegment);
    }

    /** Barriers are bidirectional: a one-way allow or block is flagged with the missing opposite. */
    private void oneWay(String base, BarrierPlan b, Map<String, Set<String>> allowed,
            Map<String, Set<String>> blocked) {
        for (int i = 0; i < b.policies().size(); i++) {
            BarrierPolicy policy = b.policies().get(i);
            if (policy == null || policy.segment() == null || policy.kind() == null) {
                continue;
            }
            String self = policy.segment().toLowerCase(Locale.ROOT);
            for (String other : policy.segments()) {
                if (other == null || other.equalsIgnoreCase(policy.segment())) {
                    continue;
                }
                String o = other.toLowerCase(Locale.ROOT);
                if (policy.kind() == PolicyKind.ALLOW && allowed.containsKey(o) && !allowed.get(o).contains(self)) {
                    warning(base + ".policies[" + i + "]", "one-way: " + other + "'s allow policy does not list "
                            + policy.segment() + "; barriers are bidirectional, so they cannot communicate");
                }
                if (policy.kind() == PolicyKind.BLOCK && allowed.containsKey(o) && allowed.get(o).contains(self)) {
                    warning(base + ".policies[" + i + "]", "conflict: " + other + "'s allow policy lists "
                            + policy.segment() + " but " + policy.segment() + " blocks " + other
                            + "; barriers are bidirectional, so the block wins");
                } else if (policy.kind() == PolicyKind.BLOCK && !allowed.containsKey(o)
                        && !(blocked.containsKey(o) && blocked.get(o).contains(self))) {
                    warning(base + ".policies[" + i + "]", "one-way: add a block policy from " + other + " to "
                            + policy.segment() + "; barriers are bidirectional");
                }
            }
        }
    }

    /** A segment no policy is assigned to can still reach everyone its peers' policies allow. */
    private void unassigned(String base, BarrierPlan b, Map<String, PolicyKind> kindBySegment) {
        for (int i = 0; i < b.segments().size(); i++) {
            Segment s = b.segments().get(i);
            if (s != null && s.name() != null && !kindBySegment.containsKey(s.name().toLowerCase(Locale.ROOT))) {
                warning(base + ".segments[" + i + "]", "no policy is assigned to " + s.name()
                        + ": its members reach every segment that does not block or leave them out");
            }
        }
    }

    private boolean segmentRef(String path, String name, List<String> segmentNames) {
        if (name == null || name.isBlank()) {
            error(path, "required");
            return false;
        }
        if (segmentNames.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            error(path, "\u201c" + name + "\u201d is not a segment of this plan");
            return false;
        }
        return true;
    }

    // ---- D: anonymous meeting join -------------------------------------------------------------------

    private void anonymousJoin(AnonymousJoinPlan a) {
        MeetingPolicyPlan policy = required("anonymousJoin.meetingPolicy", a.meetingPolicy()).orElse(null);
        MeetingPlan meeting = required("anonymousJoin.meeting", a.meeting()).orElse(null);
        if (policy != null) {
            meetingPolicy(policy, meeting);
        }
        if (meeting != null) {
            meeting(meeting, policy);
        }
    }

    private void meetingPolicy(MeetingPolicyPlan policy, MeetingPlan meeting) {
        String p = "anonymousJoin.meetingPolicy";
        if (text(p + ".name", policy.name(), 64)) {
            if (policy.name().equalsIgnoreCase(MeetingPolicyPlan.GLOBAL)) {
                warning(p + ".name", "changing the Global policy lets everyone's meetings take anonymous users;"
                        + " a named policy assigned to the Remote Assist organizers only is safer (Maester MT.1046)");
            } else if (policy.assignTo().isEmpty()) {
                error(p + ".assignTo", "assign the named policy to the Remote Assist organizers");
            }
        }
        required(p + ".autoAdmittedUsers", policy.autoAdmittedUsers());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < policy.assignTo().size(); i++) {
            String ap = p + ".assignTo[" + i + "]";
            String upn = policy.assignTo().get(i);
            if (upn(ap, upn) && !seen.add(upn.toLowerCase(Locale.ROOT))) {
                error(ap, upn + " is listed twice");
            }
        }
        boolean global = MeetingPolicyPlan.GLOBAL.equalsIgnoreCase(policy.name());
        if (!global && meeting != null && meeting.organizer() != null && !policy.assignTo().isEmpty()
                && !seen.contains(meeting.organizer().toLowerCase(Locale.ROOT))) {
            error(p + ".assignTo", "does not include the meeting organizer " + meeting.organizer()
                    + ", whose meetings must take anonymous users");
        }
    }

    private void meeting(MeetingPlan m, MeetingPolicyPlan policy) {
        String p = "anonymousJoin.meeting";
        upn(p + ".organizer", m.organizer());
        text(p + ".subject", m.subject(), 255);
        required(p + ".start", m.start());
        required(p + ".end", m.end());
        if (m.start() != null && m.end() != null) {
            if (!m.end().isAfter(m.start())) {
                error(p + ".end", "must be after the start (" + m.start() + ")");
            } else if (Duration.between(m.start(), m.end()).toHours() >= 24) {
                warning(p + ".end", "the meeting lasts a day or more");
            }
        }
        timeZone(p + ".timeZone", m.timeZone());
        if (m.attendees().isEmpty()) {
            error(p + ".attendees", "invite the outside expert by email");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m.attendees().size(); i++) {
            String ap = p + ".attendees[" + i + "]";
            Attendee attendee = m.attendees().get(i);
            if (required(ap, attendee).isEmpty() || !email(ap + ".email", attendee.email())) {
                continue;
            }
            if (!seen.add(attendee.email().toLowerCase(Locale.ROOT))) {
                error(ap + ".email", attendee.email() + " is invited twice");
            } else if (isHostDomain(EmailAddresses.domainOf(attendee.email()))) {
                warning(ap + ".email", attendee.email() + " is in the host tenant; anonymous join is for people"
                        + " outside it");
            }
        }
        // A lobby that holds the expert is the scenario's intent broken: domain.intent says so, at this field.
        required(p + ".lobbyBypass", m.lobbyBypass());
    }

    private void timeZone(String path, String zone) {
        if (zone == null || zone.isBlank()) {
            error(path, "required (an IANA time zone such as Europe/Berlin, or UTC)");
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            error(path, "\u201c" + zone + "\u201d is not a time zone (use an IANA name such as Europe/Berlin,"
                    + " or UTC)");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private <T> Optional<T> required(String path, T value) {
        if (value == null) {
            error(path, "required");
        }
        return Optional.ofNullable(value);
    }

    private boolean text(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            error(path, "required");
            return false;
        }
        if (value.length() > max) {
            error(path, "longer than " + max + " characters");
            return false;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            error(path, "contains control characters");
            return false;
        }
        // Names and companies also come from CSV files and the wizard, not only from a plan file's tree.
        String hidden = PlanText.problem(value, path.endsWith(".subject"));
        if (hidden != null) {
            error(path, hidden);
            return false;
        }
        return true;
    }

    /**
     * A name that ends up in the credentials handout and CSV exports: one starting like a spreadsheet formula
     * (= + - @) is refused, since someone opening the file could run it (CSV injection).
     */
    private boolean cell(String path, String value) {
        if (!text(path, value, MAX_NAME)) {
            return false;
        }
        if ("=+-@".indexOf(value.strip().charAt(0)) >= 0) {
            error(path, "starts with \u201c" + value.strip().charAt(0) + "\u201d, which a spreadsheet would run as a"
                    + " formula");
            return false;
        }
        return true;
    }

    private boolean email(String path, String value) {
        Optional<String> problem = EmailAddresses.problem(value);
        problem.ifPresent(m -> error(path, m));
        return problem.isEmpty();
    }

    private boolean upn(String path, String value) {
        Optional<String> problem = UserPrincipalNames.problem(value, hostDomains());
        problem.ifPresent(m -> error(path, m));
        return problem.isEmpty();
    }

    private void httpsUrl(String path, String value) {
        if (value == null || value.isBlank()) {
            error(path, "required (for example " + GuestAccessPlan.DEFAULT_REDIRECT_URL + ")");
            return;
        }
        var m = HTTPS_URL.matcher(value);
        if (!m.matches()) {
            error(path, "\u201c" + value + "\u201d is not an https:// address");
            return;
        }
        DomainNames.problem(m.group(1)).ifPresent(problem -> error(path, "host " + problem));
    }

    private static String names(List<LicenceSku> skus) {
        return String.join(", ", skus.stream().map(LicenceSku::partNumber).toList());
    }

    private void error(String path, String message) {
        problems.add(Problem.error(path, message));
    }

    private void warning(String path, String message) {
        problems.add(Problem.warning(path, message));
    }
}
