package com.tenantbridge.domain.reach;

/**
 * Someone, or a group of people treated alike, who may reach others: a person in a tenant, a service account,
 * a guest in a team of another tenant, an anonymous meeting participant, or "everyone else" in a tenant.
 * {@code person} ties the accounts of one human together (an expert and the same expert as a guest), so they
 * are not asked to reach themselves. {@code present} is false when the plan has not created it yet.
 */
public record Party(String id, String label, String tenant, Kind kind, String segment, String team, String person,
        boolean present) {

    public enum Kind {
        PERSON, SERVICE_ACCOUNT, GUEST, ANONYMOUS, OTHERS
    }

    public Party withPresent(boolean value) {
        return new Party(id, label, tenant, kind, segment, team, person, value);
    }

    public Party withSegment(String value) {
        return new Party(id, label, tenant, kind, value, team, person, present);
    }
}
