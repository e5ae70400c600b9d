package com.tenantbridge.service.check;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.scenario.Baseline;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.port.TenantInfo;
import com.tenantbridge.service.port.TenantPorts;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The prerequisite checks of each scenario, read from the tenants (never changing them). Where a scenario
 * knowingly weakens a security baseline, the check names the rule and proposes the least-open variant.
 */
public final class Checker {

    public static final String SCUBA_TEAMS_2_1 = Baseline.TEAMS_EXTERNAL_ACCESS.label();
    public static final String MAESTER_MT_1046 = Baseline.ANONYMOUS_JOIN.label();
    public static final String CISA_AAD_8_3 = Baseline.B2B_INBOUND.label();

    private final Clock clock;

    public Checker(Clock clock) {
        this.clock = clock;
    }

    public List<CheckResult> check(DeploymentPlan plan, TenantConnections connections) {
        Checks c = new Checks();
        for (String tenant : tenants(plan)) {
            reachable(c, plan, tenant, connections);
        }
        switch (plan.scenario()) {
            case FEDERATION -> FederationChecks.add(c, plan, connections);
            case GUEST_ACCESS -> GuestAccessChecks.add(c, plan, connections);
            case VENDOR_ACCOUNTS -> VendorChecks.add(c, plan, connections, clock);
            case ANONYMOUS_JOIN -> AnonymousJoinChecks.add(c, plan, connections, clock);
        }
        appSupport(c, plan);
        // Whether the plan, applied to these tenants as they are, gives people the reach the scenario is for.
        c.results.addAll(IntentChecks.on(plan, com.tenantbridge.service.reach.TenantFacts.read(plan,
                com.tenantbridge.service.reach.ReachWorlds.after(plan, connections), connections, false)));
        return c.results.stream().map(r -> accepts(plan, r) ? r.accepted() : r).toList();
    }

    /**
     * APP-01: the technicians' app is still supported on the checks' day. Remote Assist and Guides end on 2026-12-31
     * (https://learn.microsoft.com/lifecycle/announcements/dynamics-365-guides-remote-assist-end-of-support): a warning
     * until then, a failure after, either accepted when the plan accepts the deviation.
     */
    private void appSupport(Checks c, DeploymentPlan plan) {
        com.tenantbridge.domain.plan.TechnicianApp app = plan.app();
        String host = plan.hostTenant().domain();
        String title = "The technicians' app is supported: " + app.label();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate end = com.tenantbridge.domain.plan.SupportDates.REMOTE_ASSIST_END;
        String forward = "Move to Teams mobile with spatial annotations (a phone or tablet with ARCore or ARKit; one"
                + " participant per call holding Field Service, Guides or Remote Assist unlocks annotations), or keep it"
                + " knowingly by accepting the deviation.";
        if (!app.endsWithRemoteAssist()) {
            c.add(CheckResult.pass("APP-01", host, title, app.label() + " on " + app.device()
                    + "; no end of support announced."));
        } else if (!today.isAfter(end)) {
            c.add(CheckResult.warn("APP-01", host, title, "Support ends on " + end + "; no new or renewed"
                    + " subscriptions since " + com.tenantbridge.domain.plan.SupportDates.REMOTE_ASSIST_LAST_PURCHASE
                    + ".", forward).withRule(Baseline.REMOTE_ASSIST_END_OF_SUPPORT.label()));
        } else {
            c.add(CheckResult.fail("APP-01", host, title, "Support ended on " + end + ": no security updates,"
                    + " fixes or technical support.", forward).withRule(Baseline.REMOTE_ASSIST_END_OF_SUPPORT
                            .label()));
        }
    }

    /** A failed or warned baseline check whose rule the plan accepts deviating from. */
    private static boolean accepts(DeploymentPlan plan, CheckResult r) {
        if (r.rule() == null || r.acceptedDeviation()
                || (r.status() != CheckStatus.FAIL && r.status() != CheckStatus.WARN)) {
            return false;
        }
        return Baseline.byLabel(r.rule()).map(b -> plan.acceptedDeviations().stream()
                .anyMatch(id -> id.equalsIgnoreCase(b.id()))).orElse(false);
    }

    /** Every tenant the plan touches, the host first. */
    public static List<String> tenants(DeploymentPlan plan) {
        Set<String> all = new LinkedHashSet<>();
        all.add(plan.hostTenant().domain());
        switch (plan.scenario()) {
            case FEDERATION -> plan.federation().partners().forEach(p -> all.add(p.tenant().domain()));
            case GUEST_ACCESS -> plan.guestAccess().targets().forEach(t -> all.add(t.tenant().domain()));
            default -> { }
        }
        return List.copyOf(all);
    }

    private void reachable(Checks c, DeploymentPlan plan, String tenant, TenantConnections connections) {
        String title = tenant + " is reachable";
        Optional<TenantPorts> ports = connections.ports(tenant);
        if (ports.isEmpty()) {
            c.add(CheckResult.unknown("TENANT-01", tenant, title, "Not signed in to " + tenant + " in this run.",
                    "Its part of the plan comes out as a runbook and plan file for its admin; or sign in to it too."));
            return;
        }
        c.run("TENANT-01", tenant, title, () -> {
            TenantInfo info = ports.get().directory().tenant();
            boolean owns = info.verifiedDomains().stream().anyMatch(d -> d.equalsIgnoreCase(tenant));
            String evidence = info.displayName() + " (tenant id " + info.tenantId() + "), verified domains: "
                    + String.join(", ", info.verifiedDomains());
            return owns ? CheckResult.pass("TENANT-01", tenant, title, evidence)
                    : CheckResult.fail("TENANT-01", tenant, title, evidence + "; " + tenant + " is not among them.",
                            "Sign in to the tenant that owns " + tenant + ", or correct the domain in the plan.");
        });
    }
}
