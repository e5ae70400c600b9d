package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.Sku;
import java.util.List;

/** Information barriers for the vendor scenario; {@code licence} is the IB-capable suite each account needs. */
public record BarrierPlan(SegmentAttribute attribute, Sku licence, List<Segment> segments,
        List<BarrierPolicy> policies) {

    public BarrierPlan {
        segments = Lists.copy(segments);
        policies = Lists.copy(policies);
    }
}
