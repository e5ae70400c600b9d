package com.tenantbridge.domain.plan;

import java.util.List;

/**
 * An information-barrier segment: the users whose attribute equals {@code value}. {@code members}
 * are existing accounts of the host tenant (e.g. support engineers) that the plan puts in it;
 * the vendor accounts join through their own {@code segment} field.
 */
public record Segment(String name, String value, List<String> members) {

    public Segment {
        members = Lists.copy(members);
    }
}
