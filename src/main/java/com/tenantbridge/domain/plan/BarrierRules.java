package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.LicenceSku;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The information-barrier rules of the vendor scenario: segments, policies and that barriers work both ways. */
final class BarrierRules {

    /** UserGroupFilter operators: a segment value holding one means a second attribute is being mixed in. */
    /** A group's mailNickname: https://learn.microsoft.com/graph/api/resources/group ("maximum length is 64"). */
    static final int MAIL_NICKNAME_MAX = 64;

    private static final Pattern FILTER_SYNTAX = Pattern.compile("(?i)(^|\\s)-(eq|ne|and|or|like|not)\\b");

    private final PlanValidator check;

    BarrierRules(PlanValidator check) {
        this.check = check;
    }

    /** Checks the barrier section and returns the names of its segments. */
    List<String> barriers(BarrierPlan b) {
        String base = "vendors.informationBarriers";
        check.required(base + ".attribute", b.attribute());
        check.required(base + ".licence", b.licence()).ifPresent(sku -> {
            SkuNames.check(check, base + ".licence", sku, "Information Barriers");
            if (!sku.serves(LicenceSku.Use.INFORMATION_BARRIERS).orElse(true)) {
                check.error(base + ".licence", sku + " does not include information barriers; use one of "
                        + check.names(LicenceSku.forUse(LicenceSku.Use.INFORMATION_BARRIERS)));
            }
        });
        if (b.segments().isEmpty()) {
            check.error(base + ".segments", "add the segments the barriers separate");
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> values = new HashMap<>();
        Map<String, Integer> nicknames = new HashMap<>();
        Map<String, String> memberSegment = new HashMap<>();
        for (int i = 0; i < b.segments().size(); i++) {
            String p = base + ".segments[" + i + "]";
            Segment s = b.segments().get(i);
            if (check.required(p, s).isEmpty()) {
                continue;
            }
            if (check.text(p + ".name", s.name(), 64)) {
                if (s.name().indexOf('|') >= 0) {
                    // The plan's policies carry their segments as one '|'-joined list (and the runbook compares it).
                    check.error(p + ".name", "holds \u201c|\u201d, which TenantBridge uses to list a policy's"
                            + " segments; choose a name without it");
                } else if (names.stream().anyMatch(n -> n.equalsIgnoreCase(s.name()))) {
                    check.error(p + ".name", s.name() + " is defined twice");
                } else {
                    names.add(s.name());
                }
            }
            boolean valueText = check.text(p + ".value", s.value(), PlanValidator.MAX_NAME);
            if (valueText && FILTER_SYNTAX.matcher(s.value()).find()) {
                check.error(p + ".value", "write only the " + (b.attribute() == null ? "attribute"
                        : b.attribute().filterName())
                        + " value, not a filter: every segment is defined on the same one attribute");
            } else if (valueText && valueFits(p + ".value", b.attribute(), s.value())) {
                Integer first = values.putIfAbsent(s.value().toLowerCase(Locale.ROOT), i);
                Integer same = b.attribute() != SegmentAttribute.MEMBER_OF || first != null ? null
                        : nicknames.putIfAbsent(Segment.mailNickname(s.value()).toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    check.error(p + ".value", "segments must not overlap: " + base + ".segments[" + first
                            + "] selects the same users");
                } else if (same != null) {
                    check.error(p + ".value", "its group's mail address (" + Segment.mailNickname(s.value()) + "@…)"
                            + " would be the same as " + base + ".segments[" + same + "]'s: a mail nickname keeps only"
                            + " letters, digits and _ . -; choose values that differ in those");
                }
            }
            for (int m = 0; m < s.members().size(); m++) {
                String mp = p + ".members[" + m + "]";
                String member = s.members().get(m);
                if (check.upn(mp, member)) {
                    String previous = memberSegment.putIfAbsent(member.toLowerCase(Locale.ROOT), s.name());
                    if (previous != null) {
                        check.error(mp, member + " is already in segment " + previous + "; segments must not overlap");
                    }
                }
            }
        }
        policies(base, b, names);
        return names;
    }

    /**
     * What the tenant would refuse of a value: a memberOf segment's group takes the value, less what a mail nickname
     * cannot hold, as its mailNickname, at most 64 characters (https://learn.microsoft.com/graph/api/resources/group);
     * a Department or Company value goes into the segment's OPATH filter in single quotes
     * (https://learn.microsoft.com/powershell/exchange/recipient-filters), where the page is silent on the typographic
     * single quotes PowerShell's parser ends a string at (lang-spec chapter-15, B.1.9.3): refused, not guessed at.
     */
    private boolean valueFits(String path, SegmentAttribute attribute, String value) {
        if (attribute == SegmentAttribute.MEMBER_OF) {
            String nickname = Segment.mailNickname(value);
            if (nickname.length() > MAIL_NICKNAME_MAX) {
                check.error(path, "its group's mail nickname (" + nickname.length() + " characters once the"
                        + " characters a nickname cannot hold are left out) is longer than the " + MAIL_NICKNAME_MAX
                        + " Microsoft 365 allows; shorten the value");
                return false;
            }
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\u2018' && c <= '\u201B') {
                check.error(path, String.format("holds the typographic quote %c (U+%04X at character %d), which"
                        + " PowerShell takes as the end of the filter's value; write it as ' instead", c, (int) c,
                        i + 1));
                return false;
            }
        }
        return true;
    }

    private void policies(String base, BarrierPlan b, List<String> segmentNames) {
        Map<String, PolicyKind> kindBySegment = new HashMap<>();
        Map<String, Set<String>> allowed = new HashMap<>();
        Map<String, Set<String>> blocked = new HashMap<>();
        Set<String> policyNames = new HashSet<>();
        for (int i = 0; i < b.policies().size(); i++) {
            String p = base + ".policies[" + i + "]";
            BarrierPolicy policy = b.policies().get(i);
            if (check.required(p, policy).isEmpty()) {
                continue;
            }
            if (check.text(p + ".name", policy.name(), 64)
                    && !policyNames.add(policy.name().toLowerCase(Locale.ROOT))) {
                check.error(p + ".name", policy.name() + " is defined twice");
            }
            check.required(p + ".kind", policy.kind());
            boolean segmentOk = segmentRef(p + ".segment", policy.segment(), segmentNames);
            if (policy.segments().isEmpty()) {
                check.error(p + ".segments", "list the segments this policy " + (policy.kind() == PolicyKind.BLOCK
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
                check.error(p + ".kind", "segment " + policy.segment() + " already has a"
                        + (previous == PolicyKind.ALLOW ? "n allow" : " block") + " policy; a segment has allow"
                        + " or block policies, not both");
            }
            Set<String> targets = new HashSet<>();
            policy.segments().stream().filter(s -> s != null).forEach(s -> targets.add(s.toLowerCase(Locale.ROOT)));
            if (policy.kind() == PolicyKind.ALLOW) {
                if (!targets.contains(key)) {
                    check.error(p + ".segments", "an allow policy must include its own segment " + policy.segment()
                            + ", or its members cannot reach each other");
                }
                allowed.computeIfAbsent(key, k -> new HashSet<>()).addAll(targets);
            } else {
                if (targets.contains(key)) {
                    check.error(p + ".segments", "a block policy cannot block its own segment " + policy.segment());
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
                    check.warning(base + ".policies[" + i + "]", "one-way: " + other + "'s allow policy does not list "
                            + policy.segment() + "; barriers are bidirectional, so they cannot communicate");
                }
                if (policy.kind() == PolicyKind.BLOCK && allowed.containsKey(o) && allowed.get(o).contains(self)) {
                    check.warning(base + ".policies[" + i + "]", "conflict: " + other + "'s allow policy lists "
                            + policy.segment() + " but " + policy.segment() + " blocks " + other
                            + "; barriers are bidirectional, so the block wins");
                } else if (policy.kind() == PolicyKind.BLOCK && !allowed.containsKey(o)
                        && !(blocked.containsKey(o) && blocked.get(o).contains(self))) {
                    check.warning(base + ".policies[" + i + "]", "one-way: add a block policy from " + other + " to "
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
                check.warning(base + ".segments[" + i + "]", "no policy is assigned to " + s.name()
                        + ": its members reach every segment that does not block or leave them out");
            }
        }
    }

    private boolean segmentRef(String path, String name, List<String> segmentNames) {
        if (name == null || name.isBlank()) {
            check.error(path, "required");
            return false;
        }
        if (segmentNames.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            check.error(path, "\u201c" + name + "\u201d is not a segment of this plan");
            return false;
        }
        return true;
    }
}
