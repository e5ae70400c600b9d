package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.recommend.Answer;
import com.tenantbridge.domain.recommend.Question;
import java.util.Optional;

/**
 * How a plan written before the technician's app was part of a plan is understood: then TenantBridge served
 * Remote Assist alone, and "mobile" (the techniciansOnMobile answer) meant Remote Assist mobile, retired on
 * 2025-03-25 with Teams mobile as its way forward (ra-mobile-deprecate, on the Remote Assist pages of
 * https://learn.microsoft.com/dynamics365/mixed-reality/remote-assist/). Said once, as a note at the field.
 */
final class LegacyApp {

    private LegacyApp() {
    }

    static TechnicianApp understood(DeploymentPlan plan) {
        return mobile(plan) ? TechnicianApp.TEAMS_MOBILE : TechnicianApp.REMOTE_ASSIST_HOLOLENS;
    }

    /** The one-line note of how a plan without an app was read, or empty when it names one. */
    static Optional<Problem> note(DeploymentPlan plan) {
        if (plan.technicianApp() != null || plan.scenario() == null) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning("technicianApp", mobile(plan)
                ? "not set: this plan was written when \u201cmobile\u201d meant Remote Assist mobile, retired on"
                        + " 2025-03-25; it is read as Teams mobile with spatial annotations, Microsoft's way forward."
                        + " Set it to say so"
                : "not set: this plan was written when TenantBridge served Remote Assist alone; it is read as"
                        + " Remote Assist on HoloLens 2, whose support ends on " + SupportDates.REMOTE_ASSIST_END
                        + ". Set it (Teams mobile with spatial annotations is the way forward) to say so"));
    }

    private static boolean mobile(DeploymentPlan plan) {
        return plan.answers().is(Question.TECHNICIANS_ON_MOBILE, Answer.YES);
    }
}
