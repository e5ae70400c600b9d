package com.tenantbridge.service.check;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One prerequisite check: what was checked, in which tenant, what was found (the evidence read from the
 * tenant), and what to do about it. {@code rule} names the security baseline a knowingly weaker setting
 * deviates from, e.g. "CISA ScubaGear MS.TEAMS.2.1v2".
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record CheckResult(String id, String tenant, String title, CheckStatus status, String evidence, String fix,
        String rule, boolean acceptedDeviation) {

    public static CheckResult pass(String id, String tenant, String title, String evidence) {
        return new CheckResult(id, tenant, title, CheckStatus.PASS, evidence, null, null, false);
    }

    public static CheckResult warn(String id, String tenant, String title, String evidence, String fix) {
        return new CheckResult(id, tenant, title, CheckStatus.WARN, evidence, fix, null, false);
    }

    public static CheckResult fail(String id, String tenant, String title, String evidence, String fix) {
        return new CheckResult(id, tenant, title, CheckStatus.FAIL, evidence, fix, null, false);
    }

    public static CheckResult unknown(String id, String tenant, String title, String evidence, String fix) {
        return new CheckResult(id, tenant, title, CheckStatus.UNKNOWN, evidence, fix, null, false);
    }

    public CheckResult withRule(String value) {
        return new CheckResult(id, tenant, title, status, evidence, fix, value, acceptedDeviation);
    }

    /**
     * The scenario knowingly deviates from {@code rule} and the plan (or the scenario itself) accepts it: a
     * warning that names the rule, never a failure.
     */
    public CheckResult accepted() {
        return new CheckResult(id, tenant, title, CheckStatus.WARN, evidence, fix, rule, true);
    }
}
