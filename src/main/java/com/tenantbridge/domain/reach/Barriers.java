package com.tenantbridge.domain.reach;

import com.tenantbridge.domain.plan.PolicyKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The information-barrier policies in effect in one tenant, by the segment they are assigned to. Barriers are
 * bidirectional: two people are apart when either side's policy keeps the other out.
 */
public record Barriers(String tenant, List<Policy> policies, boolean active) {

    public record Policy(String name, String segment, PolicyKind kind, List<String> segments) {
        public Policy {
            segments = List.copyOf(segments);
        }
    }

    public Barriers {
        policies = List.copyOf(policies);
    }

    /** Why {@code from}'s policy keeps {@code to} out, if it does; segments may be null (no segment). */
    Optional<String> keepsOut(String from, String to) {
        if (from == null) {
            return Optional.empty();
        }
        for (Policy p : policies) {
            if (p.segment() == null || !p.segment().equalsIgnoreCase(from) || p.kind() == null) {
                continue;
            }
            boolean listed = to != null && p.segments().stream().anyMatch(s -> s != null && s.equalsIgnoreCase(to));
            if (p.kind() == PolicyKind.ALLOW && !listed) {
                return Optional.of("policy " + p.name() + ": " + from + " may reach only "
                        + String.join(", ", p.segments()));
            }
            if (p.kind() == PolicyKind.BLOCK && listed) {
                return Optional.of("policy " + p.name() + ": " + from + " blocks " + to);
            }
        }
        return Optional.empty();
    }

    Optional<String> apart(String a, String b) {
        return keepsOut(a, b).or(() -> keepsOut(b, a));
    }

    static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    public Map<String, Object> describe() {
        return Map.of("tenant", tenant, "active", active, "policies", policies.size());
    }
}
