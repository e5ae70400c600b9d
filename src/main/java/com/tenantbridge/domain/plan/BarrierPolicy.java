package com.tenantbridge.domain.plan;

import java.util.List;

/** One information-barrier policy, assigned to {@code segment}, allowing or blocking {@code segments}. */
public record BarrierPolicy(String name, String segment, PolicyKind kind, List<String> segments) {

    public BarrierPolicy {
        segments = Lists.copy(segments);
    }
}
