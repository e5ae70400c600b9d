package com.tenantbridge.service.check;

import com.tenantbridge.domain.intent.Claim;
import com.tenantbridge.domain.intent.Intent;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.reach.World;
import java.util.List;

/**
 * The scenario's intent as check results: each claim the reach engine proves on a world becomes a pass, a
 * failure naming the party and the setting, an unknown (a tenant not read), or a warning (more reach than the
 * plan sets up, which it leaves as it is).
 */
final class IntentChecks {

    static final String ID = "INTENT";

    private IntentChecks() {
    }

    static List<CheckResult> on(DeploymentPlan plan, World world) {
        return Intent.prove(plan, world).stream().map(IntentChecks::result).toList();
    }

    private static CheckResult result(Claim c) {
        return switch (c.status()) {
            case HOLDS -> CheckResult.pass(ID, c.tenant(), c.title(), c.evidence());
            case BROKEN -> CheckResult.fail(ID, c.tenant(), c.title(), c.evidence(), fix(c));
            case UNKNOWN -> CheckResult.unknown(ID, c.tenant(), c.title(), c.evidence(), null);
            case NOTE -> CheckResult.warn(ID, c.tenant(), c.title(), c.evidence(), c.fix());
        };
    }

    private static String fix(Claim c) {
        return (c.fix() == null ? "" : c.fix() + " ") + "(plan field " + c.path() + ")";
    }
}
