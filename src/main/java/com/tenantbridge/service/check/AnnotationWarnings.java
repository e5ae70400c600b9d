package com.tenantbridge.service.check;

import com.tenantbridge.domain.intent.Claim;
import com.tenantbridge.domain.intent.Intent;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.reach.ReachWorlds;
import com.tenantbridge.service.reach.TenantFacts;
import java.util.List;

/**
 * The technician-expert pairs that could not annotate once the plan is applied, said before the first write of a
 * run. Not a refusal: licences are not the plan's to set, and Microsoft leaves one-off calls open ("one-time
 * basis"), so the admin decides; Checks says the same as a failure.
 */
public final class AnnotationWarnings {

    private AnnotationWarnings() {
    }

    public static List<String> before(DeploymentPlan plan, TenantConnections connections) {
        return Intent.annotations(plan, TenantFacts.read(plan, ReachWorlds.after(plan, connections), connections,
                false)).stream().filter(Claim::broken).map(c -> c.title().replace(" can annotate", " cannot annotate")
                        + ": " + c.evidence() + (c.fix() == null ? "" : " " + c.fix()) + " (plan field " + c.path()
                        + ")").toList();
    }
}
