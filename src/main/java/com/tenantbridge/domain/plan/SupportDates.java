package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.scenario.Baseline;
import com.tenantbridge.domain.licensing.LicenceSku;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of Dynamics 365 Remote Assist and Guides, held against a plan on the day it is used: "Dynamics 365 Guides
 * and Dynamics 365 Remote Assist reach end of support on December 31, 2026", bought or renewed only until
 * 2025-11-01 (https://learn.microsoft.com/lifecycle/announcements/dynamics-365-guides-remote-assist-end-of-support).
 * Until that day a plan that relies on them is warned, with the date and the way forward; after it, the plan needs
 * the reliance accepted as a deviation ({@link Baseline#REMOTE_ASSIST_END_OF_SUPPORT}) before it is applied.
 */
public final class SupportDates {

    /** The last day of support (inclusive). */
    public static final LocalDate REMOTE_ASSIST_END = LocalDate.of(2026, 12, 31);
    /** The last day a subscription could be bought or renewed. */
    public static final LocalDate REMOTE_ASSIST_LAST_PURCHASE = LocalDate.of(2025, 11, 1);

    private static final String WAY_FORWARD = "Microsoft points to spatial annotations in Teams mobile (a phone or"
            + " tablet with ARCore or ARKit), which work in a Teams call as long as one person on it holds a Dynamics"
            + " 365 Field Service, Guides or Remote Assist licence; hands-free work on HoloLens has no named"
            + " replacement";

    private SupportDates() {
    }

    /** What the day {@code today} says of the plan's technician app and vendor licence, each at its field. */
    public static List<Problem> problems(DeploymentPlan plan, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        problem(plan, today).ifPresent(out::add);
        licence(plan, today).ifPresent(out::add);
        return out;
    }

    /**
     * A vendor licence that ends with Remote Assist: it gave the accounts Teams too, so the way forward is a licence
     * with Teams that can still be bought, and Field Service for whoever annotates.
     */
    private static Optional<Problem> licence(DeploymentPlan plan, LocalDate today) {
        if (plan.scenario() != com.tenantbridge.domain.scenario.Scenario.VENDOR_ACCOUNTS || plan.vendors() == null
                || plan.vendors().licence() == null || !plan.vendors().licence().endsWithRemoteAssist()) {
            return Optional.empty();
        }
        com.tenantbridge.domain.licensing.Sku sku = plan.vendors().licence();
        String what = sku.productName() + " (" + sku.partNumber() + ") cannot be bought or renewed since "
                + REMOTE_ASSIST_LAST_PURCHASE + " and ends on " + REMOTE_ASSIST_END;
        String forward = "For accounts that need Teams choose a licence that carries it and can be bought (e.g. "
                + LicenceSku.SPE_F1.productName() + ", " + LicenceSku.SPE_F1.partNumber() + "); annotations need one"
                + " Field Service holder per call.";
        if (accepted(plan)) {
            return Optional.of(Problem.warning("vendors.licence", what + ": kept as an accepted deviation. "
                    + forward));
        }
        if (!today.isAfter(REMOTE_ASSIST_END)) {
            return Optional.of(Problem.warning("vendors.licence", what + "; after that day applying this plan needs"
                    + " that accepted as a deviation. " + forward));
        }
        return Optional.of(Problem.error("vendors.licence", what + ". " + forward + " Or keep it knowingly by"
                + " accepting the deviation (acceptedDeviations: \"" + Baseline.REMOTE_ASSIST_END_OF_SUPPORT.id()
                + "\")."));
    }

    private static boolean accepted(DeploymentPlan plan) {
        return plan.acceptedDeviations().stream()
                .anyMatch(id -> id.equalsIgnoreCase(Baseline.REMOTE_ASSIST_END_OF_SUPPORT.id()));
    }

    /** What the day {@code today} says of the plan's technician app, at its field, or empty. */
    static Optional<Problem> problem(DeploymentPlan plan, LocalDate today) {
        if (plan.scenario() == null) {
            return Optional.empty();
        }
        TechnicianApp app = plan.app();
        if (!app.endsWithRemoteAssist()) {
            return Optional.empty();
        }
        boolean accepted = accepted(plan);
        if (!today.isAfter(REMOTE_ASSIST_END)) {
            // A plan that names no app has the date in its note of how it was read (LegacyApp): said once.
            if (plan.technicianApp() == null) {
                return Optional.empty();
            }
            return Optional.of(Problem.warning("technicianApp", app.label() + " reaches end of support on "
                    + REMOTE_ASSIST_END + " (no new or renewed subscriptions since " + REMOTE_ASSIST_LAST_PURCHASE
                    + ")" + (accepted ? "; kept past it as an accepted deviation. " : "; after that day applying this"
                            + " plan needs that accepted as a deviation. ") + WAY_FORWARD + "."));
        }
        if (accepted) {
            return Optional.of(Problem.warning("technicianApp", app.label() + " is past its end of support ("
                    + REMOTE_ASSIST_END + "): kept as an accepted deviation (" + Baseline.REMOTE_ASSIST_END_OF_SUPPORT
                    .id() + "). " + WAY_FORWARD + "."));
        }
        return Optional.of(Problem.error("technicianApp", app.label() + " reached end of support on "
                + REMOTE_ASSIST_END + ": choose Teams mobile with spatial annotations, or keep it knowingly by"
                + " accepting the deviation (acceptedDeviations: \"" + Baseline.REMOTE_ASSIST_END_OF_SUPPORT.id()
                + "\"). " + WAY_FORWARD + "."));
    }
}
