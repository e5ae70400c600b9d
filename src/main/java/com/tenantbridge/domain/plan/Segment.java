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

    /**
     * The mail nickname of the Microsoft 365 group a memberOf segment is made of: its value without the characters a
     * mail nickname cannot hold (https://learn.microsoft.com/graph/api/resources/group, mailNickname). Two values
     * that reduce to the same nickname would name one mail address.
     */
    public static String mailNickname(String value) {
        String n = value.replaceAll("[^A-Za-z0-9_.-]", "");
        return n.isEmpty() ? "segment" : n;
    }
}
